import { ContributionCorrectedData, ContributionDisputedData, ContributionLoggedData } from "@cobuild/domain";
import type { CommunityBoard } from "../community/board.ts";
import type { ProjectedEvent } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import { RECENT_STREET_CONTRIBUTIONS, type StreetBoard, type StreetContribution } from "./board.ts";

/** The newest contribution, as the street's feed shows it; nothing when its commitment is unknown. */
const streetContribution = (
  event: ProjectedEvent,
  community: CommunityBoard,
): StreetContribution | undefined => {
  const parsed = ContributionLoggedData.safeParse(event.data);
  if (!parsed.success) return undefined;
  const d = parsed.data;
  const agreement = own(community.agreements, d.agreementId);
  const commitment = agreement ? own(agreement.commitments, d.commitmentId) : undefined;
  if (!commitment) return undefined;
  return {
    contributionId: d.contributionId,
    agreementId: d.agreementId,
    communityId: community.communityId,
    communityName: community.name,
    unitName: own(community.units, d.unitId)?.name ?? d.unitId,
    description: commitment.description,
    quantity: d.quantity,
    unitOfMeasure: commitment.unitOfMeasure,
    date: d.date,
    participants: d.participants,
    loggedAt: event.occurredAt,
    disputed: false,
  };
};

interface FeedRef {
  communityId: string;
  agreementId: string;
  contributionId: string;
}

/**
 * Where a contribution sits in the street's feed, or -1 once it has scrolled off. A contribution id is
 * unique only within its agreement, and agreements only within their community, so all three match.
 */
const feedIndex = (board: StreetBoard, ref: FeedRef): number =>
  board.recentContributions.findIndex(
    (entry) =>
      entry.communityId === ref.communityId &&
      entry.agreementId === ref.agreementId &&
      entry.contributionId === ref.contributionId,
  );

/** Replaces one feed entry with what `change` makes of it; nothing once it has left the feed. */
const updateEntry = (
  board: StreetBoard,
  ref: FeedRef,
  change: (entry: StreetContribution) => StreetContribution,
): BoardOp[] => {
  const index = feedIndex(board, ref);
  const entry = board.recentContributions[index];
  return entry ? [{ op: "set", path: ["recentContributions", index], value: change(entry) }] : [];
};

/** What a contribution fact does to the street's feed: a new entry, a corrected one, or a dispute mark. */
export const feedOps = (board: StreetBoard, event: ProjectedEvent, community: CommunityBoard): BoardOp[] => {
  switch (event.type) {
    case "ContributionLogged": {
      const value = streetContribution(event, community);
      return value
        ? [{ op: "unshift", path: ["recentContributions"], value, max: RECENT_STREET_CONTRIBUTIONS }]
        : [];
    }
    case "ContributionCorrected": {
      const parsed = ContributionCorrectedData.safeParse(event.data);
      if (!parsed.success) return [];
      const { quantity, date, participants } = parsed.data;
      // A correction is a new, pending record of the work: the dispute it answered no longer stands.
      return updateEntry(board, parsed.data, (entry) => ({
        ...entry,
        quantity,
        date,
        participants,
        disputed: false,
      }));
    }
    case "ContributionDisputed": {
      const parsed = ContributionDisputedData.safeParse(event.data);
      if (!parsed.success) return [];
      return updateEntry(board, parsed.data, (entry) => ({ ...entry, disputed: true }));
    }
    default:
      return [];
  }
};
