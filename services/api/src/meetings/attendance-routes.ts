import { attendanceRates, Id, LocalDate, type MeetingState } from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { type ApiRoute, route } from "../http/route.ts";
import type { MeetingsService } from "./service.ts";

const Range = z
  .object({ from: LocalDate.optional(), to: LocalDate.optional() })
  .refine(({ from, to }) => from === undefined || to === undefined || from <= to, {
    path: ["to"],
    error: "The range must not end before it starts",
    params: { code: "to_before_from" },
  });

/** Attendance rate per unit over time: how often each unit came, and how often its principal came. */
export function attendanceRoutes(meetings: MeetingsService, access: AccessControl): ApiRoute[] {
  return [
    route({
      method: "get",
      path: "/communities/:communityId/attendance",
      tag: "Meetings",
      summary: "Attendance rate per unit over the community's meetings, optionally between two dates",
      auth: "session",
      params: z.object({ communityId: Id }),
      query: Range,
      success: { status: 200, description: "One line per unit of the community" },
      async handle({ params: { communityId }, query, principal, res }) {
        await access.check(principal, "ReadMeeting", { communityId });
        const states: MeetingState[] = [];
        for (const meetingId of await meetings.meetingIds(communityId)) {
          states.push((await meetings.meeting(meetingId)).state);
        }
        const names = await meetings.unitNames(communityId);
        const unitIds = Object.keys(names).sort();
        const range = { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
        const units = attendanceRates(states, unitIds, range).map((line) => ({
          ...line,
          unitName: names[line.unitId],
        }));
        res.json({ communityId, from: query.from ?? null, to: query.to ?? null, units });
      },
    }),
  ];
}
