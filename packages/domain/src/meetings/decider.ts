import { addMonths } from "../shared/dates.ts";
import type { DecideContext, Decider } from "../shared/decider.ts";
import { conflict, notFound, validationError } from "../shared/errors.ts";
import type { CancelMeeting, MeetingCommand, RescheduleMeeting, ScheduleMeeting } from "./commands.ts";
import { existingMeeting, type MeetingDecideContext, required } from "./context.ts";
import type { MeetingCancelled, MeetingEvent, MeetingRescheduled, MeetingScheduled } from "./events.ts";
import { decideAttendance, decideDecision, decideDecisionDone } from "./recording.ts";
import {
  type ExistingMeeting,
  evolveMeeting,
  hasRecords,
  initialMeetingState,
  type MeetingState,
} from "./state.ts";

/** History is recorded up to a year back; plans reach at most two years ahead (a later date is a typo). */
const MONTHS_BACK = 12;
const MONTHS_AHEAD = 24;

const refuseTooFarAhead = (date: string, today: string): void => {
  if (date > addMonths(today, MONTHS_AHEAD)) {
    throw validationError("date_too_far_ahead", "A meeting is planned at most two years ahead.", "date");
  }
};

const decideSchedule = (
  { data }: ScheduleMeeting,
  state: MeetingState,
  context: MeetingDecideContext,
): MeetingScheduled[] => {
  if (state.status !== "none") {
    throw conflict("meeting_already_exists", `Meeting ${data.meetingId} already exists.`);
  }
  const community = required(context.community, "the community's state", "ScheduleMeeting");
  if (community.status !== "registered" || community.community.communityId !== data.communityId) {
    throw notFound("community_not_found", `Community ${data.communityId} is not registered.`, "communityId");
  }
  if (data.date < addMonths(context.today, -MONTHS_BACK)) {
    throw validationError("date_too_far_back", "A past meeting is recorded at most a year back.", "date");
  }
  refuseTooFarAhead(data.date, context.today);
  return [{ type: "MeetingScheduled", data }];
};

const refuseIfCancelled = (meeting: ExistingMeeting): void => {
  if (meeting.status === "cancelled") {
    throw conflict("meeting_cancelled", `Meeting ${meeting.meetingId} is cancelled.`);
  }
};

const refuseHeld = (meeting: ExistingMeeting): never => {
  throw conflict("meeting_already_held", `Meeting ${meeting.meetingId} has already been held.`);
};

const decideReschedule = (
  { data }: RescheduleMeeting,
  state: MeetingState,
  { today }: DecideContext,
): MeetingRescheduled[] => {
  const meeting = existingMeeting(state, data.meetingId);
  refuseIfCancelled(meeting);
  // Only a meeting still ahead (or today) with nothing recorded at it can move.
  if (hasRecords(meeting) || meeting.date < today) refuseHeld(meeting);
  if (data.date < today) {
    throw validationError("date_in_past", "A meeting cannot be moved to a day that has passed.", "date");
  }
  refuseTooFarAhead(data.date, today);
  return [{ type: "MeetingRescheduled", data: { ...data, communityId: meeting.communityId } }];
};

const decideCancel = ({ data }: CancelMeeting, state: MeetingState): MeetingCancelled[] => {
  const meeting = existingMeeting(state, data.meetingId);
  refuseIfCancelled(meeting);
  // A past meeting with nothing recorded may still be cancelled: it evidently did not take place.
  if (hasRecords(meeting)) refuseHeld(meeting);
  return [{ type: "MeetingCancelled", data: { ...data, communityId: meeting.communityId } }];
};

/**
 * Rules of a `meeting-…` stream: schedule, reschedule or cancel a joint meeting, then record each
 * unit's attendance and the decisions assigned to units, and mark those done.
 */
export const meetingDecider: Decider<MeetingCommand, MeetingEvent, MeetingState, MeetingDecideContext> = {
  initialState: initialMeetingState,
  decide(command, state, context) {
    switch (command.type) {
      case "ScheduleMeeting":
        return decideSchedule(command, state, context);
      case "RescheduleMeeting":
        return decideReschedule(command, state, context);
      case "CancelMeeting":
        return decideCancel(command, state);
      case "RecordAttendance":
        return decideAttendance(command, state, context);
      case "RecordDecision":
        return decideDecision(command, state, context);
      case "MarkDecisionDone":
        return decideDecisionDone(command, state, context);
    }
  },
  evolve: evolveMeeting,
};
