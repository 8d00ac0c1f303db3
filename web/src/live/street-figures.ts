import { type StreetBoard, type StreetCommunitySummary, streetCommunityFigures } from "@cobuild/boards";
import { addQuantities } from "@cobuild/domain";

/** One community's line on the street board, as of `today` ("YYYY-MM-DD"): the shared street figures plus what the card shows. */
export interface StreetRow {
  communityId: string;
  name: string;
  /** Struck-off commitments over all commitments of running agreements (0 to 1; 0 when there are none). */
  fulfilmentRate: number;
  fulfilled: number;
  commitments: number;
  contributions: number;
  hoursThisMonth: number;
  places: number;
  claimed: number;
  donationsToday: number;
  handoutsToday: number;
  /** Open deadlines already passed. */
  overdue: number;
}

/** A community's summary read as of today. */
export function streetRow(summary: StreetCommunitySummary, today: string): StreetRow {
  const day = summary.supermarketDays[today];
  const { fulfilmentRate, overdue } = streetCommunityFigures(summary, today);
  return {
    communityId: summary.communityId,
    name: summary.name,
    fulfilmentRate,
    fulfilled: summary.fulfilled,
    commitments: summary.commitments,
    contributions: summary.contributions,
    hoursThisMonth: summary.hoursByMonth[today.slice(0, 7)] ?? 0,
    places: summary.places,
    claimed: summary.claimed,
    donationsToday: day?.donations ?? 0,
    handoutsToday: day?.handouts ?? 0,
    overdue,
  };
}

/** Every community of the street as of today, in a stable order (by name) so a reader finds theirs. */
export const streetRows = (board: StreetBoard, today: string): StreetRow[] =>
  Object.values(board.communities)
    .map((summary) => streetRow(summary, today))
    .sort((a, b) => a.name.localeCompare(b.name, "zh-CN") || a.communityId.localeCompare(b.communityId));

/** The whole street as of today: every community's figures added up. */
export interface StreetTotals {
  communities: number;
  units: number;
  signedAgreements: number;
  commitments: number;
  fulfilled: number;
  contributions: number;
  participants: number;
  hoursThisMonth: number;
  places: number;
  claimed: number;
  overdue: number;
}

/** Adds up the street's communities; hours stay exact to hundredths. */
export function streetTotals(board: StreetBoard, today: string): StreetTotals {
  const totals: StreetTotals = {
    communities: 0,
    units: 0,
    signedAgreements: 0,
    commitments: 0,
    fulfilled: 0,
    contributions: 0,
    participants: 0,
    hoursThisMonth: 0,
    places: 0,
    claimed: 0,
    overdue: 0,
  };
  for (const summary of Object.values(board.communities)) {
    const row = streetRow(summary, today);
    totals.communities += 1;
    totals.units += summary.units;
    totals.signedAgreements += summary.signedAgreements;
    totals.commitments += summary.commitments;
    totals.fulfilled += summary.fulfilled;
    totals.contributions += summary.contributions;
    totals.participants += summary.participants;
    totals.hoursThisMonth = addQuantities(totals.hoursThisMonth, row.hoursThisMonth);
    totals.places += summary.places;
    totals.claimed += summary.claimed;
    totals.overdue += row.overdue;
  }
  return totals;
}
