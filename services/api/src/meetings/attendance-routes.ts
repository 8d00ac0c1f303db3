import { attendanceRates, Id } from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { type ApiRoute, route } from "../http/route.ts";
import { DateRangeQuery } from "./date-range.ts";
import type { MeetingsService } from "./service.ts";
import { unitNameOf } from "./view.ts";

/** Attendance rate per unit over time: how often each unit came, and how often its principal came. */
export function attendanceRoutes(meetings: MeetingsService, access: AccessControl): ApiRoute[] {
  return [
    route({
      method: "get",
      path: "/communities/:communityId/attendance",
      tag: "Meetings",
      summary:
        "Attendance rate per unit of the community (in person and represented at all), optionally between two dates",
      auth: "session",
      params: z.object({ communityId: Id }),
      query: DateRangeQuery,
      success: {
        status: 200,
        description:
          "One line per unit; meetings without a record for a unit do not count for it, and its rates are null with none",
      },
      async handle({ params: { communityId }, query: { from, to }, principal, res }) {
        await access.check(principal, "ReadMeeting", { communityId });
        const [states, names] = await Promise.all([
          meetings.communityMeetings(communityId),
          meetings.unitNames(communityId),
        ]);
        const unitIds = Object.keys(names).sort();
        const range = { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
        const units = attendanceRates(states, unitIds, range).map((line) => ({
          ...line,
          unitName: unitNameOf(names, line.unitId),
        }));
        res.json({ communityId, from: from ?? null, to: to ?? null, units });
      },
    }),
  ];
}
