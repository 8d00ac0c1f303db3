import type { UnitState } from "../registry/decider.ts";
import { conflict, notFound, validationError } from "../shared/errors.ts";
import type { MarkDecisionDone, RecordAttendance, RecordDecision } from "./commands.ts";
import { existingMeeting, type MeetingDecideContext, registeredUnit, required } from "./context.ts";
import type { AttendanceRecorded, DecisionDone, DecisionRecorded } from "./events.ts";
import type { ExistingMeeting, MeetingState } from "./state.ts";

/** Attendance and decisions are facts of a meeting that took place: not cancelled, not in the future. */
const heldMeeting = (state: MeetingState, meetingId: string, today: string): ExistingMeeting => {
  const meeting = existingMeeting(state, meetingId);
  if (meeting.status === "cancelled") {
    throw conflict("meeting_cancelled", `Meeting ${meetingId} is cancelled.`);
  }
  if (meeting.date > today) {
    throw conflict("meeting_not_held_yet", `Meeting ${meetingId} has not taken place yet.`);
  }
  return meeting;
};

/** The unit must be a registered member of the meeting's community, else a refusal at `field`. */
const refuseUnlessMember = (
  meeting: ExistingMeeting,
  unit: UnitState | undefined,
  unitId: string,
  field: string,
): void => {
  if (registeredUnit(unit, unitId, field).communityId !== meeting.communityId) {
    throw conflict(
      "unit_not_in_community",
      `Unit ${unitId} does not belong to community ${meeting.communityId}.`,
      field,
    );
  }
};

/** RecordAttendance: one member unit's attendance at a held meeting; again for the same unit corrects it. */
export const decideAttendance = (
  { data }: RecordAttendance,
  state: MeetingState,
  context: MeetingDecideContext,
): AttendanceRecorded[] => {
  const meeting = heldMeeting(state, data.meetingId, context.today);
  const unit = required(context.unit, "the unit's state", "RecordAttendance");
  refuseUnlessMember(meeting, unit, data.unitId, "unitId");
  const { communityId } = meeting;
  // Recording a unit again is how a mistake is put right; the event says so.
  const corrects = meeting.attendance.has(data.unitId);
  return [{ type: "AttendanceRecorded", data: { ...data, communityId, corrects } }];
};

/** RecordDecision: a decision (议定事项) of a held meeting, assigned to member units with a deadline. */
export const decideDecision = (
  { data }: RecordDecision,
  state: MeetingState,
  context: MeetingDecideContext,
): DecisionRecorded[] => {
  const meeting = heldMeeting(state, data.meetingId, context.today);
  if (meeting.decisions.has(data.decisionId)) {
    throw conflict(
      "decision_already_recorded",
      `Decision ${data.decisionId} is already recorded.`,
      "decisionId",
    );
  }
  if (data.deadline < meeting.date) {
    throw validationError(
      "deadline_before_meeting",
      "The deadline cannot be before the meeting.",
      "deadline",
    );
  }
  const units = required(context.units, "the assigned units' states", "RecordDecision");
  data.assignedUnitIds.forEach((unitId, index) => {
    // Own keys only: an id such as "constructor" must not find Object.prototype's.
    const unit = Object.hasOwn(units, unitId) ? units[unitId] : undefined;
    refuseUnlessMember(meeting, unit, unitId, `assignedUnitIds.${index}`);
  });
  return [{ type: "DecisionRecorded", data: { ...data, communityId: meeting.communityId } }];
};

/** MarkDecisionDone: a recorded decision was carried out, on a day between the meeting and today. */
export const decideDecisionDone = (
  { data }: MarkDecisionDone,
  state: MeetingState,
  { today }: MeetingDecideContext,
): DecisionDone[] => {
  const meeting = existingMeeting(state, data.meetingId);
  const decision = meeting.decisions.get(data.decisionId);
  if (decision === undefined) {
    throw notFound(
      "decision_not_found",
      `Meeting ${data.meetingId} has no decision ${data.decisionId}.`,
      "decisionId",
    );
  }
  if (decision.done !== undefined) {
    throw conflict("decision_already_done", `Decision ${data.decisionId} is already done.`, "decisionId");
  }
  if (data.doneOn > today) {
    throw validationError("date_in_future", "A decision cannot be done on a future date.", "doneOn");
  }
  if (data.doneOn < meeting.date) {
    throw validationError(
      "done_before_meeting",
      "A decision cannot be done before the meeting that made it.",
      "doneOn",
    );
  }
  const { communityId } = meeting;
  const { assignedUnitIds } = decision;
  return [
    {
      type: "DecisionDone",
      data: { ...data, communityId, assignedUnitIds: [...assignedUnitIds] },
    },
  ];
};
