import { Id, notFound } from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { etagOf } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";
import { DateRangeQuery, inRange } from "./date-range.ts";
import type { MeetingsService } from "./service.ts";
import { meetingView } from "./view.ts";

const MeetingParams = z.object({ meetingId: Id });
const CommunityParams = z.object({ communityId: Id });

/** Reading meetings: one with everything recorded at it, or a community's, newest first. */
export function meetingReadRoutes(
  meetings: MeetingsService,
  access: AccessControl,
  today: () => string,
): ApiRoute[] {
  const tag = "Meetings";
  return [
    route({
      method: "get",
      path: "/meetings/:meetingId",
      tag,
      summary: "A meeting with its agenda, each unit's attendance and its decisions, overdue ones flagged",
      auth: "session",
      params: MeetingParams,
      success: { status: 200, description: "The meeting; its ETag is the stream revision" },
      async handle({ params: { meetingId }, principal, res }) {
        const { state, revision } = await meetings.meeting(meetingId);
        if (state.status === "none") throw notFound("meeting_not_found", `No meeting ${meetingId}.`);
        await access.check(principal, "ReadMeeting", { communityId: state.communityId });
        const names = await meetings.unitNames(state.communityId);
        res.setHeader("ETag", etagOf(revision)).json(meetingView(state, today(), names));
      },
    }),
    route({
      method: "get",
      path: "/communities/:communityId/meetings",
      tag,
      summary:
        "A community's meetings, newest first, with attendance and decisions, optionally between two dates",
      auth: "session",
      params: CommunityParams,
      query: DateRangeQuery,
      success: { status: 200, description: "The meetings" },
      async handle({ params: { communityId }, query, principal, res }) {
        await access.check(principal, "ReadMeeting", { communityId });
        const [all, names] = await Promise.all([
          meetings.communityMeetings(communityId),
          meetings.unitNames(communityId),
        ]);
        const day = today();
        const list = all
          .filter((meeting) => inRange(meeting.date, query))
          .sort((a, b) => b.date.localeCompare(a.date) || a.meetingId.localeCompare(b.meetingId))
          .map((meeting) => meetingView(meeting, day, names));
        res.json({ communityId, meetings: list });
      },
    }),
  ];
}
