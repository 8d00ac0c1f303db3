import { updatableMap } from "../shared/fold-ownership.ts";
import type { MeetingView } from "../shared/views.ts";
import type { MeetingAttendanceKind, MeetingEvent, MeetingScheduledData } from "./events.ts";

/** The last attendance recorded for one unit. */
export interface UnitAttendance {
  attendance: MeetingAttendanceKind;
  attendeeName?: string;
  note: string;
}

/** A decision (议定事项) as it stands: who must carry it out, by when, and whether it is done. */
export interface MeetingDecision {
  decisionId: string;
  text: string;
  assignedUnitIds: readonly string[];
  deadline: string;
  /** Set once the decision is marked done. */
  done?: { doneOn: string; note: string };
}

/** What a scheduled or cancelled meeting holds. `communityId` is what the API authorises by. */
export interface MeetingRecord extends MeetingScheduledData {
  /** Per unitId. Maps, because ids like "constructor" would collide on an object. */
  attendance: ReadonlyMap<string, UnitAttendance>;
  /** Per decisionId, in the order recorded. */
  decisions: ReadonlyMap<string, MeetingDecision>;
}

export type MeetingState =
  | { status: "none" }
  | (MeetingRecord & { status: "scheduled" })
  | (MeetingRecord & { status: "cancelled"; cancelReason: string });

/** A meeting that was scheduled, whether or not it was cancelled since. */
export type ExistingMeeting = Exclude<MeetingState, { status: "none" }>;

export const initialMeetingState: MeetingState = { status: "none" };

/** True once attendance or a decision has been recorded: the meeting took place. */
export const hasRecords = (meeting: MeetingRecord): boolean =>
  meeting.attendance.size > 0 || meeting.decisions.size > 0;

/**
 * Folds one event into the state. Events that cannot follow the current status never reach here from a
 * stream written through `decide`; they are ignored rather than thrown so reading a stream never fails.
 */
export const evolveMeeting = (state: MeetingState, event: MeetingEvent): MeetingState => {
  if (event.type === "MeetingScheduled") {
    if (state.status !== "none") return state;
    return { ...event.data, status: "scheduled", attendance: new Map(), decisions: new Map() };
  }
  if (state.status !== "scheduled") return state;
  switch (event.type) {
    case "MeetingRescheduled": {
      const { date, startTime, place } = event.data;
      return { ...state, date, startTime, place };
    }
    case "MeetingCancelled":
      return { ...state, status: "cancelled", cancelReason: event.data.reason };
    case "AttendanceRecorded": {
      const { unitId, attendance, attendeeName, note } = event.data;
      const record: UnitAttendance =
        attendeeName === undefined ? { attendance, note } : { attendance, attendeeName, note };
      return { ...state, attendance: updatableMap(state.attendance).set(unitId, record) };
    }
    case "DecisionRecorded": {
      const { decisionId, text, assignedUnitIds, deadline } = event.data;
      const decision: MeetingDecision = { decisionId, text, assignedUnitIds, deadline };
      return { ...state, decisions: updatableMap(state.decisions).set(decisionId, decision) };
    }
    case "DecisionDone": {
      const { decisionId, doneOn, note } = event.data;
      const decision = state.decisions.get(decisionId);
      if (decision === undefined || decision.done !== undefined) return state;
      const done: MeetingDecision = { ...decision, done: { doneOn, note } };
      return { ...state, decisions: updatableMap(state.decisions).set(decisionId, done) };
    }
  }
};

/** What an agreement signed at this meeting may know of it; undefined when there is no such meeting. */
export const toMeetingView = (state: MeetingState): MeetingView | undefined =>
  state.status === "none"
    ? undefined
    : {
        meetingId: state.meetingId,
        communityId: state.communityId,
        date: state.date,
        cancelled: state.status === "cancelled",
      };
