import {
  CancelMeetingInput,
  Id,
  LocalDate,
  MarkDecisionDoneInput,
  notFound,
  RecordAttendanceInput,
  RecordDecisionInput,
  RescheduleMeetingInput,
  ScheduleMeetingInput,
} from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { etagOf, sendCommandResult } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";
import { attendanceRoutes } from "./attendance-routes.ts";
import { type MeetingsService, meetingScope } from "./service.ts";
import { meetingView } from "./view.ts";

const MeetingParams = z.object({ meetingId: Id });
const DecisionParams = z.object({ meetingId: Id, decisionId: Id });
const CommunityParams = z.object({ communityId: Id });

/** 党建联席会议 over HTTP: schedule, record attendance and decisions, follow decisions up. */
export function meetingRoutes(
  meetings: MeetingsService,
  access: AccessControl,
  today: () => string,
): ApiRoute[] {
  const tag = "Meetings";
  const change = <Schema extends z.ZodType>(
    path: string,
    summary: string,
    body: Schema,
    params: typeof MeetingParams | typeof DecisionParams,
    run: (
      data: z.output<Schema>,
      envelope: Parameters<MeetingsService["cancelMeeting"]>[1],
    ) => ReturnType<MeetingsService["cancelMeeting"]>,
    created = false,
  ) =>
    route({
      method: "post",
      path,
      tag,
      summary,
      auth: "session",
      params,
      body,
      bodyIncludesParams: true,
      success: { status: created ? 201 : 200, description: "Recorded" },
      async handle({ params: ids, body: data, envelope, res }) {
        const result = await run(data, envelope);
        sendCommandResult(res, result, ids, created ? { created: `/api/meetings/${ids.meetingId}` } : {});
      },
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
      success: { status: 201, description: "Scheduled" },
      async handle({ body, envelope, res }) {
        const result = await meetings.scheduleMeeting(body, envelope);
        sendCommandResult(
          res,
          result,
          { meetingId: body.meetingId },
          { created: `/api/meetings/${body.meetingId}` },
        );
      },
    }),
    route({
      method: "get",
      path: "/meetings/:meetingId",
      tag,
      summary: "A meeting with each unit's attendance and its decisions, overdue ones flagged",
      auth: "session",
      params: MeetingParams,
      success: { status: 200, description: "The meeting" },
      async handle({ params: { meetingId }, principal, res }) {
        const { state, revision } = await meetings.meeting(meetingId);
        await access.check(principal, "ReadMeeting", meetingScope(state, meetingId));
        if (state.status === "none") throw notFound("meeting_not_found", `No meeting ${meetingId}.`);
        const names = await meetings.unitNames(state.communityId);
        res.setHeader("ETag", etagOf(revision)).json(meetingView(state, today(), names));
      },
    }),
    route({
      method: "get",
      path: "/communities/:communityId/meetings",
      tag,
      summary: "A community's meetings, newest first",
      auth: "session",
      params: CommunityParams,
      query: z.object({ from: LocalDate.optional(), to: LocalDate.optional() }),
      success: { status: 200, description: "The meetings" },
      async handle({ params: { communityId }, principal, res }) {
        await access.check(principal, "ReadMeeting", { communityId });
        const names = await meetings.unitNames(communityId);
        const list = [];
        for (const meetingId of await meetings.meetingIds(communityId)) {
          const { state } = await meetings.meeting(meetingId);
          if (state.status !== "none") list.push(meetingView(state, today(), names));
        }
        list.sort((a, b) => b.date.localeCompare(a.date) || a.meetingId.localeCompare(b.meetingId));
        res.json({ communityId, meetings: list });
      },
    }),
    change(
      "/meetings/:meetingId/reschedule",
      "Move a meeting that has not been held: its date, start time and place",
      RescheduleMeetingInput,
      MeetingParams,
      meetings.rescheduleMeeting,
    ),
    change(
      "/meetings/:meetingId/cancellation",
      "Cancel a meeting before anything is recorded, with the reason",
      CancelMeetingInput,
      MeetingParams,
      meetings.cancelMeeting,
    ),
    change(
      "/meetings/:meetingId/attendance",
      "Record a member unit's attendance: principal in person, a deputy, or absent (again to correct it)",
      RecordAttendanceInput,
      MeetingParams,
      meetings.recordAttendance,
    ),
    change(
      "/meetings/:meetingId/decisions",
      "Record a decision (议定事项) assigned to units, with its deadline",
      RecordDecisionInput,
      MeetingParams,
      meetings.recordDecision,
      true,
    ),
    change(
      "/meetings/:meetingId/decisions/:decisionId/done",
      "Mark a decision done",
      MarkDecisionDoneInput,
      DecisionParams,
      meetings.markDecisionDone,
    ),
    ...attendanceRoutes(meetings, access),
  ];
}
