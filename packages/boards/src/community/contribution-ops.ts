import {
  addQuantities,
  type ContributionCorrected,
  type ContributionLogged,
  subtractQuantities,
} from "@cobuild/domain";
import { type BoardOp, own } from "../protocol/ops.ts";
import type { ContributionFact } from "./agreement-lifecycle.ts";
import {
  type BoardCommitment,
  type BoardContribution,
  type CommunityBoard,
  RECENT_CONTRIBUTIONS,
} from "./board.ts";
import type { ContributionMemory } from "./contribution-memory.ts";

interface CommitmentRef {
  agreementId: string;
  commitmentId: string;
}

const commitmentOf = (board: CommunityBoard, ref: CommitmentRef): BoardCommitment | undefined => {
  const agreement = own(board.agreements, ref.agreementId);
  return agreement ? own(agreement.commitments, ref.commitmentId) : undefined;
};

const commitmentPath = (ref: CommitmentRef, field: keyof BoardCommitment) => [
  "agreements",
  ref.agreementId,
  "commitments",
  ref.commitmentId,
  field,
];

/**
 * Where a contribution sits in the recent feed, or -1 once it has scrolled off. Its id is unique only
 * within its agreement, so both are matched.
 */
const feedIndex = (board: CommunityBoard, ref: { agreementId: string; contributionId: string }): number =>
  board.recentContributions.findIndex(
    (entry) => entry.contributionId === ref.contributionId && entry.agreementId === ref.agreementId,
  );

const feedVerification = (
  board: CommunityBoard,
  ref: { agreementId: string; contributionId: string },
  verification: BoardContribution["verification"],
): BoardOp[] => {
  const index = feedIndex(board, ref);
  return index < 0
    ? []
    : [{ op: "set", path: ["recentContributions", index, "verification"], value: verification }];
};

const logged = (
  board: CommunityBoard,
  { data }: ContributionLogged,
  commitment: BoardCommitment,
  loggedAt: string,
): BoardOp[] => {
  const entry: BoardContribution = {
    contributionId: data.contributionId,
    agreementId: data.agreementId,
    unitId: data.unitId,
    unitName: own(board.units, data.unitId)?.name ?? data.unitId,
    commitmentId: data.commitmentId,
    description: commitment.description,
    quantity: data.quantity,
    unitOfMeasure: commitment.unitOfMeasure,
    date: data.date,
    participants: data.participants,
    note: data.note,
    loggedAt,
    verification: "pending",
  };
  const totals = {
    contributions: board.totals.contributions + 1,
    participants: board.totals.participants + data.participants,
  };
  return [
    {
      op: "set",
      path: commitmentPath(data, "logged"),
      value: addQuantities(commitment.logged, data.quantity),
    },
    { op: "unshift", path: ["recentContributions"], max: RECENT_CONTRIBUTIONS, value: entry },
    { op: "set", path: ["totals"], value: totals },
    ...unitCount(board, data.unitId),
  ];
};

/** One more contribution on the unit's count, for "contributions per unit" over the whole record. */
const unitCount = (board: CommunityBoard, unitId: string): BoardOp[] => {
  const unit = own(board.units, unitId);
  if (!unit) return [];
  return [{ op: "set", path: ["units", unitId, "contributions"], value: (unit.contributions ?? 0) + 1 }];
};

/**
 * How many people the contribution counted before this correction. Corrections say so; those stored
 * before they did come upcast with null, and the correction alone cannot tell, so the projection's
 * memory of the contribution answers (see ContributionMemory).
 */
const participantsBefore = (
  data: ContributionCorrected["data"],
  memory: ContributionMemory | undefined,
): number | undefined => data.previousParticipants ?? memory?.before ?? undefined;

const corrected = (
  board: CommunityBoard,
  { data }: ContributionCorrected,
  commitment: BoardCommitment,
  memory: ContributionMemory | undefined,
): BoardOp[] => {
  const ops: BoardOp[] = [
    {
      op: "set",
      path: commitmentPath(data, "logged"),
      value: addQuantities(subtractQuantities(commitment.logged, data.previousQuantity), data.quantity),
    },
  ];
  if (data.previousVerification === "verified") {
    const verified = subtractQuantities(commitment.verified, data.previousQuantity);
    ops.push({ op: "set", path: commitmentPath(data, "verified"), value: verified });
  }
  const before = participantsBefore(data, memory);
  if (before !== undefined && before !== data.participants) {
    const participants = board.totals.participants - before + data.participants;
    ops.push({ op: "set", path: ["totals", "participants"], value: participants });
  }
  const index = feedIndex(board, data);
  const entry = board.recentContributions[index];
  if (entry) {
    const { quantity, date, participants, note } = data;
    const value = { ...entry, quantity, date, participants, note, verification: "pending" };
    ops.push({ op: "set", path: ["recentContributions", index], value });
  }
  return ops;
};

/** What a contribution or striking-off fact does to its commitment, the feed and the totals. */
export const contributionOps = (
  board: CommunityBoard,
  event: ContributionFact,
  occurredAt: string,
  memory: ContributionMemory | undefined,
): BoardOp[] => {
  const commitment = commitmentOf(board, event.data);
  if (!commitment) return [];
  switch (event.type) {
    case "ContributionLogged":
      return logged(board, event, commitment, occurredAt);
    case "ContributionVerified": {
      const verified = addQuantities(commitment.verified, event.data.quantity);
      return [
        { op: "set", path: commitmentPath(event.data, "verified"), value: verified },
        ...feedVerification(board, event.data, "verified"),
      ];
    }
    case "ContributionDisputed": {
      const ops = feedVerification(board, event.data, "disputed");
      if (event.data.previousVerification !== "verified") return ops;
      const verified = subtractQuantities(commitment.verified, event.data.quantity);
      return [{ op: "set", path: commitmentPath(event.data, "verified"), value: verified }, ...ops];
    }
    case "ContributionCorrected":
      return corrected(board, event, commitment, memory);
    case "CommitmentFulfilled":
      return [{ op: "set", path: commitmentPath(event.data, "fulfilledOn"), value: event.data.fulfilledOn }];
    case "CommitmentReopened":
      return [{ op: "set", path: commitmentPath(event.data, "fulfilledOn"), value: null }];
  }
};
