import type { AgreementDrafted, AgreementEvent } from "@cobuild/domain";
import { type BoardOp, own } from "../protocol/ops.ts";
import type { BoardAgreement, BoardCommitment } from "./board.ts";

/** A draft as a board shows it: nothing logged or verified yet. Amending replaces it the same way. */
export const draftOf = ({ data }: Pick<AgreementDrafted, "data">): BoardAgreement => {
  const commitments: Record<string, BoardCommitment> = {};
  for (const commitment of data.commitments) {
    commitments[commitment.commitmentId] = { ...commitment, logged: 0, verified: 0, fulfilledOn: null };
  }
  const { agreementId, unitId, title, termStart, termEnd } = data;
  return {
    agreementId,
    unitId,
    title,
    status: "draft",
    termStart,
    termEnd,
    signedOn: null,
    meetingId: null,
    commitments,
  };
};

const lifecycleTypes = [
  "AgreementDrafted",
  "AgreementAmended",
  "AgreementSigned",
  "AgreementTerminated",
  "AgreementExpired",
] as const;

/** A fact about an agreement's own life, as opposed to the work logged against it. */
export type LifecycleFact = Extract<AgreementEvent, { type: (typeof lifecycleTypes)[number] }>;
/** A fact about a contribution or a commitment's striking off. */
export type ContributionFact = Exclude<AgreementEvent, LifecycleFact>;

export const isLifecycleFact = (event: AgreementEvent): event is LifecycleFact =>
  (lifecycleTypes as readonly string[]).includes(event.type);

/**
 * What an agreement's own life (drafted, amended, signed, terminated, expired) does to a board holding
 * `agreements` — the community board and each unit ledger alike (contribution facts each board handles
 * itself). Facts about an agreement the board never saw change nothing.
 */
export function lifecycleOps(agreements: Record<string, BoardAgreement>, event: LifecycleFact): BoardOp[] {
  switch (event.type) {
    case "AgreementDrafted":
      return [{ op: "set", path: ["agreements", event.data.agreementId], value: draftOf(event) }];
    case "AgreementAmended":
      if (own(agreements, event.data.agreementId)?.status !== "draft") return [];
      return [{ op: "set", path: ["agreements", event.data.agreementId], value: draftOf(event) }];
    case "AgreementSigned": {
      const { agreementId, signedOn, meetingId } = event.data;
      if (!own(agreements, agreementId)) return [];
      return [
        { op: "set", path: ["agreements", agreementId, "status"], value: "signed" },
        { op: "set", path: ["agreements", agreementId, "signedOn"], value: signedOn },
        { op: "set", path: ["agreements", agreementId, "meetingId"], value: meetingId ?? null },
      ];
    }
    case "AgreementTerminated":
    case "AgreementExpired": {
      const { agreementId } = event.data;
      if (!own(agreements, agreementId)) return [];
      const status = event.type === "AgreementTerminated" ? "terminated" : "expired";
      return [{ op: "set", path: ["agreements", agreementId, "status"], value: status }];
    }
  }
}
