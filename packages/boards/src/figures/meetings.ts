import type { BoardDecision, BoardMeeting, CommunityBoard } from "../community/board.ts";
import { own } from "../protocol/ops.ts";

/** How the community's units attended one meeting; a unit with no record counts as not recorded. */
export interface AttendanceCount {
  units: number;
  principal: number;
  deputy: number;
  absent: number;
  notRecorded: number;
}

/** A meeting held, with its attendance counted against the community's units. */
export interface HeldMeeting {
  meeting: BoardMeeting;
  attendance: AttendanceCount;
}

/** A meeting's attendance counted against the community's units (records of other units are left out). */
export function attendanceCount(board: CommunityBoard, meeting: BoardMeeting): AttendanceCount {
  const count: AttendanceCount = { units: 0, principal: 0, deputy: 0, absent: 0, notRecorded: 0 };
  for (const unitId of Object.keys(board.units)) {
    count.units += 1;
    const kind = own(meeting.attendance, unitId);
    if (kind) count[kind] += 1;
    else count.notRecorded += 1;
  }
  return count;
}

/**
 * The latest meeting held on or before today (a cancelled one was never held), or undefined. Two on the
 * same day are told apart by start time, a meeting without one counting as earlier.
 */
export function lastMeeting(board: CommunityBoard, today: string): HeldMeeting | undefined {
  const [meeting] = Object.values(board.meetings)
    .filter((m) => m.status !== "cancelled" && m.date <= today)
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        (b.startTime ?? "").localeCompare(a.startTime ?? "") ||
        a.meetingId.localeCompare(b.meetingId),
    );
  return meeting ? { meeting, attendance: attendanceCount(board, meeting) } : undefined;
}

/** Decisions not yet done, the soonest deadline first. */
export const openDecisions = (board: CommunityBoard): BoardDecision[] =>
  Object.values(board.decisions)
    .filter((decision) => decision.doneOn === null)
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.decisionId.localeCompare(b.decisionId));
