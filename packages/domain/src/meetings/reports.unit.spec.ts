import { describe, expect, it } from "vitest";
import { fold } from "../shared/decider.ts";
import { attended, cancelled, scheduled } from "../testing/meetings-fixtures.ts";
import { meetingDecider } from "./decider.ts";
import type { MeetingAttendanceKind, MeetingEvent } from "./events.ts";
import { attendanceRates, isOverdue } from "./reports.ts";

/** A held meeting on `date` with the given attendance per unit. */
const meeting = (date: string, records: Record<string, MeetingAttendanceKind>, more: MeetingEvent[] = []) =>
  fold(meetingDecider, [
    scheduled({ meetingId: `m-${date}`, date }),
    ...Object.entries(records).map(([unitId, attendance]) => attended({ unitId, attendance })),
    ...more,
  ]);

describe("isOverdue", () => {
  const decision = { deadline: "2025-06-30" };

  it("is not overdue on its deadline, and is the day after", () => {
    expect(isOverdue(decision, "2025-06-30")).toBe(false);
    expect(isOverdue(decision, "2025-07-01")).toBe(true);
  });

  it("is never overdue once done, even if done late", () => {
    expect(isOverdue({ ...decision, done: { doneOn: "2025-07-05", note: "" } }, "2025-08-01")).toBe(false);
  });
});

describe("attendanceRates", () => {
  const meetings = [
    meeting("2025-01-10", { "school-1": "principal", cdc: "deputy" }),
    meeting("2025-03-10", { "school-1": "deputy", cdc: "absent" }),
    meeting("2025-06-10", { "school-1": "principal" }),
    meeting("2025-09-10", { "school-1": "principal" }),
    fold(meetingDecider, [scheduled({ meetingId: "m-off", date: "2025-05-10" }), cancelled()]),
  ];

  it("counts each unit's records, in the order asked, and rates in person and attended", () => {
    expect(attendanceRates(meetings, ["cdc", "school-1"])).toEqual([
      { unitId: "cdc", meetings: 2, principal: 0, deputy: 1, absent: 1, inPersonRate: 0, attendedRate: 0.5 },
      {
        unitId: "school-1",
        meetings: 4,
        principal: 3,
        deputy: 1,
        absent: 0,
        inPersonRate: 0.75,
        attendedRate: 1,
      },
    ]);
  });

  it("counts only meetings dated within the range, inclusive", () => {
    const [school] = attendanceRates(meetings, ["school-1"], { from: "2025-03-10", to: "2025-06-10" });
    expect(school).toMatchObject({ meetings: 2, principal: 1, deputy: 1, inPersonRate: 0.5 });
    const [later] = attendanceRates(meetings, ["school-1"], { from: "2025-06-11" });
    expect(later).toMatchObject({ meetings: 1, principal: 1 });
  });

  it("gives no rate, not zero, for a unit with no recorded meetings", () => {
    expect(attendanceRates(meetings, ["bureau-9"])).toEqual([
      {
        unitId: "bureau-9",
        meetings: 0,
        principal: 0,
        deputy: 0,
        absent: 0,
        inPersonRate: null,
        attendedRate: null,
      },
    ]);
  });

  it("ignores meetings that never happened", () => {
    expect(attendanceRates([fold(meetingDecider, [])], ["school-1"])[0]?.meetings).toBe(0);
  });
});
