import {
  type AgreementEvent,
  addQuantities,
  type ContributionCorrected,
  subtractQuantities,
} from "@cobuild/domain";
import { type ContributionFact, isLifecycleFact, lifecycleOps } from "../community/agreement-lifecycle.ts";
import type { BoardCommitment } from "../community/board.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import { type ContributionRef, type LedgerContribution, ledgerKey, type UnitLedger } from "./board.ts";

interface CommitmentRef {
  agreementId: string;
  commitmentId: string;
}

const commitmentPath = (ref: CommitmentRef, field: keyof BoardCommitment) => [
  "agreements",
  ref.agreementId,
  "commitments",
  ref.commitmentId,
  field,
];

const contributionPath = (ref: ContributionRef, field: keyof LedgerContribution) => [
  "contributions",
  ledgerKey(ref),
  field,
];

const corrected = (
  { data }: ContributionCorrected,
  commitment: BoardCommitment,
  contribution: LedgerContribution,
): BoardOp[] => {
  const { quantity, date, participants, note, reason } = data;
  const ops: BoardOp[] = [
    {
      op: "set",
      path: commitmentPath(data, "logged"),
      value: addQuantities(subtractQuantities(commitment.logged, data.previousQuantity), quantity),
    },
  ];
  if (data.previousVerification === "verified") {
    const verified = subtractQuantities(commitment.verified, data.previousQuantity);
    ops.push({ op: "set", path: commitmentPath(data, "verified"), value: verified });
  }
  // A correction is a new fact over the old one: the values are replaced and must be verified again.
  const value: LedgerContribution = {
    ...contribution,
    quantity,
    date,
    participants,
    note,
    verification: "pending",
    reason,
    corrections: contribution.corrections + 1,
  };
  ops.push({ op: "set", path: ["contributions", ledgerKey(data)], value });
  return ops;
};

/**
 * What a contribution or striking-off fact does to the ledger: the commitment's totals follow the same
 * rules as the community's live board, and the contribution itself is kept with where it stands.
 */
const contributionOps = (ledger: UnitLedger, event: ContributionFact, loggedAt: string): BoardOp[] => {
  const agreement = own(ledger.agreements, event.data.agreementId);
  const commitment = agreement ? own(agreement.commitments, event.data.commitmentId) : undefined;
  if (!commitment) return [];
  if (event.type === "CommitmentFulfilled" || event.type === "CommitmentReopened") {
    const fulfilledOn = event.type === "CommitmentFulfilled" ? event.data.fulfilledOn : null;
    return [{ op: "set", path: commitmentPath(event.data, "fulfilledOn"), value: fulfilledOn }];
  }
  const { contributionId } = event.data;
  const contribution = own(ledger.contributions, ledgerKey(event.data));
  if (event.type === "ContributionLogged") {
    // A fact seen twice (a retried append) must not count twice.
    if (contribution) return [];
    const { agreementId, commitmentId, quantity, date, participants, note } = event.data;
    const entry: LedgerContribution = {
      contributionId,
      agreementId,
      commitmentId,
      quantity,
      date,
      participants,
      note,
      loggedAt,
      verification: "pending",
      reason: null,
      corrections: 0,
    };
    return [
      {
        op: "set",
        path: commitmentPath(event.data, "logged"),
        value: addQuantities(commitment.logged, quantity),
      },
      { op: "set", path: ["contributions", ledgerKey(event.data)], value: entry },
    ];
  }
  if (!contribution) return [];
  switch (event.type) {
    case "ContributionVerified":
      if (contribution.verification !== "pending") return [];
      return [
        {
          op: "set",
          path: commitmentPath(event.data, "verified"),
          value: addQuantities(commitment.verified, event.data.quantity),
        },
        { op: "set", path: contributionPath(event.data, "verification"), value: "verified" },
      ];
    case "ContributionDisputed": {
      if (contribution.verification === "disputed") return [];
      const ops: BoardOp[] = [
        { op: "set", path: contributionPath(event.data, "verification"), value: "disputed" },
        { op: "set", path: contributionPath(event.data, "reason"), value: event.data.reason },
      ];
      if (event.data.previousVerification !== "verified") return ops;
      const verified = subtractQuantities(commitment.verified, event.data.quantity);
      return [{ op: "set", path: commitmentPath(event.data, "verified"), value: verified }, ...ops];
    }
    case "ContributionCorrected":
      return corrected(event, commitment, contribution);
  }
};

/** What an agreement fact does to the unit's ledger; facts about an agreement it never saw change nothing. */
export const agreementOps = (ledger: UnitLedger, event: AgreementEvent, occurredAt: string): BoardOp[] =>
  isLifecycleFact(event)
    ? lifecycleOps(ledger.agreements, event)
    : contributionOps(ledger, event, occurredAt);
