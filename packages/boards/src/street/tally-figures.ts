import { SUPERMARKET_DAYS } from "../supermarket/board.ts";
import type { StreetCommunitySummary } from "./board.ts";
import type { TallyAgreement, TallyPost } from "./tally.ts";

/** What one agreement adds to its community's line: only a running (signed) agreement counts. */
export interface AgreementShare {
  signed: number;
  commitments: number;
  fulfilled: number;
  deadlines: string[];
}

export const agreementShare = (agreement: TallyAgreement | undefined): AgreementShare => {
  if (agreement?.status !== "signed") return { signed: 0, commitments: 0, fulfilled: 0, deadlines: [] };
  const commitments = Object.values(agreement.commitments);
  const open = commitments.filter((commitment) => commitment.fulfilledOn === null);
  return {
    signed: 1,
    commitments: commitments.length,
    fulfilled: commitments.length - open.length,
    deadlines: open.map((commitment) => commitment.dueDate),
  };
};

/** What one post adds to its community's line: places and taken places, while it is open. */
export const postShare = (post: TallyPost | undefined): { places: number; claimed: number } => {
  if (!post?.open) return { places: 0, claimed: 0 };
  return { places: post.places, claimed: Math.min(post.places, Object.keys(post.claims).length) };
};

/**
 * The sorted deadlines with `removed` taken out (one occurrence each) and `added` put in their place in
 * the order, so the list stays what sorting every open deadline would give.
 */
export const movedDeadlines = (
  deadlines: readonly string[],
  removed: readonly string[],
  added: readonly string[],
): string[] => {
  const next = [...deadlines];
  for (const deadline of removed) {
    const index = next.indexOf(deadline);
    if (index >= 0) next.splice(index, 1);
  }
  for (const deadline of added) {
    const index = next.findIndex((other) => other > deadline);
    next.splice(index < 0 ? next.length : index, 0, deadline);
  }
  return next;
};

type Days = StreetCommunitySummary["supermarketDays"];

/**
 * The supermarket's day window after counting one donation or hand-out on `date` (`by` -1 takes a voided
 * donation back): the same SUPERMARKET_DAYS latest dates the supermarket board keeps (see
 * supermarket/totals.ts).
 */
export const countedDays = (
  days: Days,
  date: string,
  change: "donations" | "handouts",
  by: 1 | -1 = 1,
): Days => {
  const plus = (day: { donations: number; handouts: number }) => ({ ...day, [change]: day[change] + by });
  const today = Object.hasOwn(days, date) ? days[date] : undefined;
  if (today) return { ...days, [date]: plus(today) };
  const dates = [...Object.keys(days), date].sort();
  const dropped = new Set(dates.slice(0, Math.max(0, dates.length - SUPERMARKET_DAYS)));
  const next: Days = {};
  for (const [day, totals] of Object.entries(days)) if (!dropped.has(day)) next[day] = totals;
  if (!dropped.has(date)) next[date] = plus({ donations: 0, handouts: 0 });
  return next;
};
