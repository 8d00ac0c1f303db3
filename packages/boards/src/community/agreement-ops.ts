import type { AgreementDrafted, AgreementEvent } from "@cobuild/domain";
import type { ProjectionContext } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import type { BoardAgreement, BoardCommitment, CommunityBoard } from "./board.ts";
import { contributionOps } from "./contribution-ops.ts";

/** A draft as the board shows it: nothing logged or verified yet. Amending replaces it the same way. */
const draftOf = ({ data }: Pick<AgreementDrafted, "data">): BoardAgreement => {
  const commitments: Record<string, BoardCommitment> = {};
  for (const commitment of data.commitments) {
    commitments[commitment.commitmentId] = { ...commitment, logged: 0, verified: 0, fulfilledOn: null };
  }
  return {
    agreementId: data.agreementId,
    unitId: data.unitId,
    title: data.title,
    status: "draft",
    termStart: data.termStart,
    termEnd: data.termEnd,
    signedOn: null,
    meetingId: null,
    commitments,
  };
};

/** What an agreement fact does to the live board; facts about an agreement it never saw change nothing. */
export const agreementOps = (
  board: CommunityBoard,
  event: AgreementEvent,
  occurredAt: string,
  context: ProjectionContext,
): BoardOp[] => {
  switch (event.type) {
    case "AgreementDrafted":
      return [{ op: "set", path: ["agreements", event.data.agreementId], value: draftOf(event) }];
    case "AgreementAmended":
      if (!own(board.agreements, event.data.agreementId)) return [];
      return [{ op: "set", path: ["agreements", event.data.agreementId], value: draftOf(event) }];
    case "AgreementSigned": {
      const { agreementId, signedOn, meetingId } = event.data;
      if (!own(board.agreements, agreementId)) return [];
      return [
        { op: "set", path: ["agreements", agreementId, "status"], value: "signed" },
        { op: "set", path: ["agreements", agreementId, "signedOn"], value: signedOn },
        { op: "set", path: ["agreements", agreementId, "meetingId"], value: meetingId ?? null },
      ];
    }
    case "AgreementTerminated":
    case "AgreementExpired": {
      const { agreementId } = event.data;
      if (!own(board.agreements, agreementId)) return [];
      const status = event.type === "AgreementTerminated" ? "terminated" : "expired";
      return [{ op: "set", path: ["agreements", agreementId, "status"], value: status }];
    }
    default:
      return contributionOps(board, event, occurredAt, context);
  }
};
