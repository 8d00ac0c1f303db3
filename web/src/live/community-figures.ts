import type {
  BoardAgreement,
  BoardCommitment,
  BoardDecision,
  BoardMeeting,
  CommunityBoard,
} from "@cobuild/boards";
import { addQuantities, commitmentProgress } from "@cobuild/domain";
import { daysBetween } from "./dates.ts";

/**
 * Figures the live board reads off the community board. Nothing here looks at the clock: "today" and
 * "this month" come in as strings, so the same board always gives the same figures.
 */

/** How far a commitment is by what the community has verified (0 to 1; more than promised counts as 1). */
export const verifiedProgress = (c: BoardCommitment): number =>
  commitmentProgress(c.verified, c.targetQuantity);

/** Commitments counted, how many are struck off (销号), and the mean verified progress (0 to 1). */
export interface Fulfilment {
  commitments: number;
  struckOff: number;
  rate: number;
}

const fulfilmentOf = (commitments: readonly BoardCommitment[]): Fulfilment => ({
  commitments: commitments.length,
  struckOff: commitments.filter((c) => c.fulfilledOn !== null).length,
  rate:
    commitments.length === 0
      ? 0
      : commitments.reduce((sum, c) => sum + verifiedProgress(c), 0) / commitments.length,
});

/** One agreement's fulfilment. */
export const agreementFulfilment = (agreement: BoardAgreement): Fulfilment =>
  fulfilmentOf(Object.values(agreement.commitments));

/** The signed (running) agreements of the community. */
export const signedAgreements = (board: CommunityBoard): BoardAgreement[] =>
  Object.values(board.agreements).filter((a) => a.status === "signed");

/** The community's fulfilment over the commitments of every signed agreement. */
export const communityFulfilment = (board: CommunityBoard): Fulfilment =>
  fulfilmentOf(signedAgreements(board).flatMap((a) => Object.values(a.commitments)));

/** Something past its deadline and still open: a commitment not struck off, or a decision not done. */
export type OverdueItem =
  | {
      kind: "commitment";
      id: string;
      agreementId: string;
      unitNames: string[];
      what: string;
      deadline: string;
      daysLate: number;
    }
  | { kind: "decision"; id: string; unitNames: string[]; what: string; deadline: string; daysLate: number };

const unitName = (board: CommunityBoard, unitId: string) => board.units[unitId]?.name ?? unitId;

/** Commitments of signed agreements past due and not struck off, and decisions past deadline not done; latest first. */
export function overdueItems(board: CommunityBoard, today: string): OverdueItem[] {
  const commitments: OverdueItem[] = signedAgreements(board).flatMap((agreement) =>
    Object.values(agreement.commitments)
      .filter((c) => c.fulfilledOn === null && c.dueDate < today)
      .map((c) => ({
        kind: "commitment" as const,
        id: `${agreement.agreementId}/${c.commitmentId}`,
        agreementId: agreement.agreementId,
        unitNames: [unitName(board, agreement.unitId)],
        what: c.description,
        deadline: c.dueDate,
        daysLate: daysBetween(c.dueDate, today),
      })),
  );
  const decisions: OverdueItem[] = Object.values(board.decisions)
    .filter((d) => d.doneOn === null && d.deadline < today)
    .map((d) => ({
      kind: "decision" as const,
      id: d.decisionId,
      unitNames: d.assignedUnitIds.map((id) => unitName(board, id)),
      what: d.text,
      deadline: d.deadline,
      daysLate: daysBetween(d.deadline, today),
    }));
  return [...commitments, ...decisions].sort((a, b) => b.daysLate - a.daysLate || a.id.localeCompare(b.id));
}

/** How the units attended one meeting; units with no record count as not recorded. */
export interface AttendanceCount {
  principal: number;
  deputy: number;
  absent: number;
  notRecorded: number;
}

/** The latest meeting held on or before today (cancelled ones never count), or undefined. */
export function lastMeeting(board: CommunityBoard, today: string): BoardMeeting | undefined {
  return Object.values(board.meetings)
    .filter((m) => m.status !== "cancelled" && m.date <= today)
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        (b.startTime ?? "").localeCompare(a.startTime ?? "") ||
        a.meetingId.localeCompare(b.meetingId),
    )[0];
}

/** A meeting's attendance counted against the community's units. */
export function attendanceCount(board: CommunityBoard, meeting: BoardMeeting): AttendanceCount {
  const count: AttendanceCount = { principal: 0, deputy: 0, absent: 0, notRecorded: 0 };
  for (const unitId of Object.keys(board.units)) {
    const kind = meeting.attendance[unitId];
    if (kind) count[kind] += 1;
    else count.notRecorded += 1;
  }
  return count;
}

/** Decisions not yet done, soonest deadline first. */
export const openDecisions = (board: CommunityBoard): BoardDecision[] =>
  Object.values(board.decisions)
    .filter((d) => d.doneOn === null)
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.decisionId.localeCompare(b.decisionId));

/** Approved volunteer hours of one month per team, most first. */
export const hoursInMonth = (board: CommunityBoard, month: string) =>
  Object.values(board.teams)
    .map((team) => ({ teamId: team.teamId, name: team.name, hours: team.hoursByMonth[month] ?? 0 }))
    .sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name));

/** Approved volunteer hours of one month, every team together, exact to hundredths. */
export const totalHoursInMonth = (board: CommunityBoard, month: string): number =>
  hoursInMonth(board, month).reduce((sum, team) => addQuantities(sum, team.hours), 0);
