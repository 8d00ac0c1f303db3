import type { StreetCommunitySummary } from "../street/board.ts";

/** One community's standing on the street board as of a day. */
export interface StreetCommunityFigures {
  communityId: string;
  name: string;
  /** Struck-off commitments over all commitments of running agreements; 0 when there are none. */
  fulfilmentRate: number;
  /** Open deadlines (decisions, commitments) already past: due before today. */
  overdue: number;
}

/** A community's fulfilment rate and overdue count, read from its street summary as of `today`. */
export const streetCommunityFigures = (
  summary: StreetCommunitySummary,
  today: string,
): StreetCommunityFigures => ({
  communityId: summary.communityId,
  name: summary.name,
  fulfilmentRate: summary.commitments === 0 ? 0 : summary.fulfilled / summary.commitments,
  overdue: summary.openDeadlines.filter((deadline) => deadline < today).length,
});
