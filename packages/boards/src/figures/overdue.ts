import type { CommunityBoard } from "../community/board.ts";
import { own } from "../protocol/ops.ts";
import { signedAgreements } from "./agreements.ts";
import { daysLate } from "./dates.ts";

/** Something past its deadline and still open: a commitment not struck off, or a decision not done. */
export interface OverdueItem {
  kind: "commitment" | "decision";
  /** The commitment as "agreementId/commitmentId", or the decision's id. */
  id: string;
  /** What is late: the commitment's description or the decision's text. */
  what: string;
  /** The units it falls to, by id and by name (the id when the unit is unknown). */
  unitIds: string[];
  unitNames: string[];
  deadline: string;
  /** Whole days past the deadline, at least 1. */
  daysLate: number;
}

const unitName = (board: CommunityBoard, unitId: string): string => own(board.units, unitId)?.name ?? unitId;

/**
 * What is late as of `today`: commitments of signed agreements past their due date and not struck off,
 * and decisions past their deadline not done. The latest first; a deadline of today is not late yet.
 */
export function overdueItems(board: CommunityBoard, today: string): OverdueItem[] {
  const commitments = signedAgreements(board).flatMap((agreement) =>
    Object.values(agreement.commitments)
      .filter((commitment) => commitment.fulfilledOn === null && commitment.dueDate < today)
      .map(
        (commitment): OverdueItem => ({
          kind: "commitment",
          id: `${agreement.agreementId}/${commitment.commitmentId}`,
          what: commitment.description,
          unitIds: [agreement.unitId],
          unitNames: [unitName(board, agreement.unitId)],
          deadline: commitment.dueDate,
          daysLate: daysLate(commitment.dueDate, today),
        }),
      ),
  );
  const decisions = Object.values(board.decisions)
    .filter((decision) => decision.doneOn === null && decision.deadline < today)
    .map(
      (decision): OverdueItem => ({
        kind: "decision",
        id: decision.decisionId,
        what: decision.text,
        unitIds: decision.assignedUnitIds,
        unitNames: decision.assignedUnitIds.map((unitId) => unitName(board, unitId)),
        deadline: decision.deadline,
        daysLate: daysLate(decision.deadline, today),
      }),
    );
  return [...commitments, ...decisions].sort((a, b) => b.daysLate - a.daysLate || a.id.localeCompare(b.id));
}
