import {
  CancelMeetingInput,
  Id,
  MarkDecisionDoneInput,
  type MeetingEvent,
  RecordAttendanceInput,
  RecordDecisionInput,
  RescheduleMeetingInput,
  ScheduleMeetingInput,
} from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import type { CommandEnvelope, CommandResult } from "../commands/run-command.ts";
import { sendCommandResult } from "../http/command-http.ts";
import { type ApiRoute, changeRoute, route } from "../http/route.ts";
import { attendanceRoutes } from "./attendance-routes.ts";
import { meetingReadRoutes } from "./read-routes.ts";
import type { MeetingsService } from "./service.ts";

const MeetingParams = z.object({ meetingId: Id });
const DecisionParams = z.object({ meetingId: Id, decisionId: Id });
const CommunityParams = z.object({ communityId: Id });

/** Attendance and decisions are read as part of their meeting, so that is where creations point. */
const meetingPath = (meetingId: string) => `/api/meetings/${meetingId}`;

type Run<Data> = (data: Data, envelope: CommandEnvelope) => Promise<CommandResult<MeetingEvent>>;

/**
 * 党建联席会议 over HTTP: schedule, move or cancel a meeting, record attendance and decisions, follow
 * decisions up, and read meetings and attendance rates. `today` defaults to the service's clock.
 */
export function meetingRoutes(
  meetings: MeetingsService,
  access: AccessControl,
  today: () => string = meetings.today,
): ApiRoute[] {
  const tag = "Meetings";
  /** A command on an existing meeting, answered 200 with the ids from the path. */
  const change = <Schema extends z.ZodType>(
    path: string,
    summary: string,
    params: typeof MeetingParams | typeof DecisionParams,
    body: Schema,
    run: Run<z.output<Schema>>,
  ) =>
    changeRoute({
      path,
      tag,
      summary,
      params,
      body,
      run,
      description: "Recorded; the ETag is the meeting's new revision",
    });

  return [
    route({
      method: "post",
      path: "/communities/:communityId/meetings",
      tag,
      summary: "Schedule a joint meeting with its date, place and agenda (a past one may be recorded too)",
      auth: "session",
      params: CommunityParams,
      body: ScheduleMeetingInput,
      bodyIncludesParams: true,
      success: { status: 201, description: "Scheduled; Location is the meeting" },
      async handle({ body, envelope, res }) {
        const result = await meetings.scheduleMeeting(body, envelope);
        sendCommandResult(
          res,
          result,
          { meetingId: body.meetingId },
          { created: meetingPath(body.meetingId) },
        );
      },
    }),
    change(
      "/meetings/:meetingId/reschedule",
      "Move a meeting that has not been held: its new date, start time and place",
      MeetingParams,
      RescheduleMeetingInput,
      meetings.rescheduleMeeting,
    ),
    change(
      "/meetings/:meetingId/cancellation",
      "Cancel a meeting at which nothing has been recorded, with the reason",
      MeetingParams,
      CancelMeetingInput,
      meetings.cancelMeeting,
    ),
    change(
      "/meetings/:meetingId/attendance",
      "Record a member unit's attendance at a held meeting: principal in person, a deputy, or absent (again to correct it)",
      MeetingParams,
      RecordAttendanceInput,
      meetings.recordAttendance,
    ),
    route({
      method: "post",
      path: "/meetings/:meetingId/decisions",
      tag,
      summary: "Record a decision (议定事项) of a held meeting, assigned to member units with a deadline",
      auth: "session",
      params: MeetingParams,
      body: RecordDecisionInput,
      bodyIncludesParams: true,
      success: { status: 201, description: "Recorded; Location is the meeting, which shows the decision" },
      async handle({ body, envelope, res }) {
        const result = await meetings.recordDecision(body, envelope);
        sendCommandResult(
          res,
          result,
          { meetingId: body.meetingId, decisionId: body.decisionId },
          { created: meetingPath(body.meetingId) },
        );
      },
    }),
    change(
      "/meetings/:meetingId/decisions/:decisionId/done",
      "Mark a decision done, on a day between the meeting and today",
      DecisionParams,
      MarkDecisionDoneInput,
      meetings.markDecisionDone,
    ),
    ...meetingReadRoutes(meetings, access, today),
    ...attendanceRoutes(meetings, access),
  ];
}
