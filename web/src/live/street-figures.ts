import { type StreetBoard, type StreetCommunitySummary, streetCommunityFigures } from "@cobuild/boards";

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
