import { addQuantities } from "@cobuild/domain";
import type { CommunityBoard } from "../community/board.ts";
import type { PostsBoard } from "../posts/board.ts";
import type { SupermarketBoard } from "../supermarket/board.ts";
import type { StreetCommunitySummary } from "./board.ts";

/**
 * One community's line on the street board, worked out from its own boards: the definition the street's
 * tally (which never reads those boards) is checked against in the specs. Posts and the supermarket
 * may have no board yet (nothing happened there), which counts as nothing rather than as an error.
 */
export function communitySummary(
  community: CommunityBoard,
  posts: PostsBoard | undefined,
  supermarket: SupermarketBoard | undefined,
): StreetCommunitySummary {
  const running = Object.values(community.agreements).filter((agreement) => agreement.status === "signed");
  const commitments = running.flatMap((agreement) => Object.values(agreement.commitments));

  const hoursByMonth: Record<string, number> = {};
  for (const team of Object.values(community.teams)) {
    for (const [month, hours] of Object.entries(team.hoursByMonth)) {
      hoursByMonth[month] = addQuantities(hoursByMonth[month] ?? 0, hours);
    }
  }

  let places = 0;
  let claimed = 0;
  for (const post of Object.values(posts?.posts ?? {})) {
    if (post.status !== "open") continue;
    places += post.places;
    claimed += Math.min(post.places, Object.keys(post.claims).length);
  }

  const supermarketDays: StreetCommunitySummary["supermarketDays"] = {};
  for (const [day, totals] of Object.entries(supermarket?.days ?? {})) {
    supermarketDays[day] = { donations: totals.donations, handouts: totals.handouts };
  }

  const openDeadlines = [
    ...Object.values(community.decisions)
      .filter((decision) => decision.doneOn === null)
      .map((decision) => decision.deadline),
    ...commitments
      .filter((commitment) => commitment.fulfilledOn === null)
      .map((commitment) => commitment.dueDate),
  ].sort();

  return {
    communityId: community.communityId,
    name: community.name,
    units: Object.keys(community.units).length,
    signedAgreements: running.length,
    commitments: commitments.length,
    fulfilled: commitments.filter((commitment) => commitment.fulfilledOn !== null).length,
    contributions: community.totals.contributions,
    participants: community.totals.participants,
    hoursByMonth,
    places,
    claimed,
    supermarketDays,
    openDeadlines,
  };
}

/**
 * Whether two JSON values are the same, whatever the order of their keys: a board read back from a
 * store may hold its keys in another order than the summary just worked out.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && sameJson(left[key], right[key]));
}
