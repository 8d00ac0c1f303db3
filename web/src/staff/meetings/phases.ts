import type { BoardDecision, BoardMeeting } from "@cobuild/boards";

/** Where a meeting stands on a given day. */
export type MeetingPhase = "cancelled" | "upcoming" | "today" | "past";

export const meetingPhase = (meeting: BoardMeeting, today: string): MeetingPhase =>
  meeting.status === "cancelled"
    ? "cancelled"
    : meeting.date > today
      ? "upcoming"
      : meeting.date === today
        ? "today"
        : "past";

/** True once attendance or a decision was recorded at the meeting: it took place. */
export const hasRecords = (meeting: BoardMeeting, decisions: readonly BoardDecision[]): boolean =>
  Object.keys(meeting.attendance).length > 0 || decisions.some((d) => d.meetingId === meeting.meetingId);

/** What staff may do with a meeting, mirroring the rules the API enforces. */
export interface MeetingActions {
  reschedule: boolean;
  cancel: boolean;
  /** Record attendance and decisions: the meeting has taken place (today or earlier). */
  record: boolean;
}

export function meetingActions(meeting: BoardMeeting, recorded: boolean, today: string): MeetingActions {
  const live = meeting.status === "scheduled";
  return {
    reschedule: live && !recorded && meeting.date >= today,
    // A past meeting with nothing recorded may be cancelled: it evidently did not take place.
    cancel: live && !recorded,
    record: live && meeting.date <= today,
  };
}

/**
 * Meetings to come (today's included), soonest first, and the rest (held or cancelled), newest
 * first: the order a person scans each list in.
 */
export function splitMeetings(
  meetings: readonly BoardMeeting[],
  today: string,
): { upcoming: BoardMeeting[]; past: BoardMeeting[] } {
  const byTime = (a: BoardMeeting, b: BoardMeeting) =>
    a.date.localeCompare(b.date) || (a.startTime ?? "").localeCompare(b.startTime ?? "");
  const upcoming = meetings.filter((m) => m.status === "scheduled" && m.date >= today).sort(byTime);
  const past = meetings
    .filter((m) => m.status === "cancelled" || m.date < today)
    .sort((a, b) => byTime(b, a));
  return { upcoming, past };
}

/** Attendance counted against every unit of the community: in person, deputy, absent, not recorded. */
export function attendanceCounts(meeting: BoardMeeting, unitIds: readonly string[]) {
  const counts = { principal: 0, deputy: 0, absent: 0, unrecorded: 0 };
  for (const unitId of unitIds) {
    const kind = Object.hasOwn(meeting.attendance, unitId) ? meeting.attendance[unitId] : undefined;
    counts[kind ?? "unrecorded"] += 1;
  }
  return counts;
}
