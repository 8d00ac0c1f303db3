import type { ContributionLogged } from "@cobuild/domain";
import type { ProjectedEvent } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import { RECENT_STREET_CONTRIBUTIONS, type StreetBoard, type StreetContribution } from "./board.ts";
import type { StreetEvent } from "./events.ts";
import { commitmentIn, type StreetTally } from "./tally.ts";

/** The newest contribution, as the street's feed shows it; nothing when its commitment is unknown. */
const streetContribution = (
  { data, occurredAt }: ProjectedEvent<ContributionLogged>,
  tally: StreetTally,
): StreetContribution | undefined => {
  const commitment = commitmentIn(tally, data);
  if (!commitment) return undefined;
  return {
    contributionId: data.contributionId,
    agreementId: data.agreementId,
    communityId: tally.summary.communityId,
    communityName: tally.summary.name,
    unitName: own(tally.units, data.unitId) ?? data.unitId,
    description: commitment.description,
    quantity: data.quantity,
    unitOfMeasure: commitment.unitOfMeasure,
    date: data.date,
    participants: data.participants,
    loggedAt: occurredAt,
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
export const feedOps = (
  board: StreetBoard,
  event: ProjectedEvent<StreetEvent>,
  tally: StreetTally,
): BoardOp[] => {
  const communityId = tally.summary.communityId;
  switch (event.type) {
    case "ContributionLogged": {
      const value = streetContribution(event, tally);
      return value
        ? [{ op: "unshift", path: ["recentContributions"], value, max: RECENT_STREET_CONTRIBUTIONS }]
        : [];
    }
    case "ContributionCorrected": {
      const { quantity, date, participants } = event.data;
      // A correction is a new, pending record of the work: the dispute it answered no longer stands.
      return updateEntry(board, { ...event.data, communityId }, (entry) => ({
        ...entry,
        quantity,
        date,
        participants,
        disputed: false,
      }));
    }
    case "ContributionDisputed":
      return updateEntry(board, { ...event.data, communityId }, (entry) => ({ ...entry, disputed: true }));
    default:
      return [];
  }
};
