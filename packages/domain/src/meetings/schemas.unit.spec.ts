import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  attend,
  attended,
  cancelled,
  decide,
  decided,
  done,
  guangming,
  markDone,
  reschedule,
  rescheduled,
  scheduleData,
  today,
} from "../testing/meetings-fixtures.ts";
import {
  CancelMeetingInput,
  MarkDecisionDoneInput,
  meetingCommandSchemas,
  RecordAttendanceInput,
  RecordDecisionInput,
  RescheduleMeetingInput,
  ScheduleMeetingInput,
} from "./commands.ts";
import { meetingDecider } from "./decider.ts";
import { MeetingEvent, meetingEventSchemas } from "./events.ts";

/** The path and rule code of every issue, which is what a form shows next to its fields. */
const issuesOf = (result: z.ZodSafeParseResult<unknown>) =>
  (result.error?.issues ?? []).map((issue) => ({
    path: issue.path,
    code: issue.code === "custom" ? issue.params?.code : issue.code,
  }));

describe("ScheduleMeetingInput", () => {
  it("accepts a meeting without a start time or presenters, and trims text", () => {
    const { startTime: _, ...untimed } = scheduleData();
    const parsed = ScheduleMeetingInput.parse({
      ...untimed,
      place: " 会议室 ",
      agenda: [{ title: " 议程 " }],
    });
    expect(parsed).toMatchObject({ place: "会议室", agenda: [{ title: "议程" }] });
    expect(parsed.startTime).toBeUndefined();
  });

  it("takes a start time as 24-hour HH:MM", () => {
    const time = (startTime: string) =>
      issuesOf(ScheduleMeetingInput.safeParse({ ...scheduleData(), startTime }));
    for (const ok of ["00:00", "09:30", "23:59"]) expect(time(ok)).toEqual([]);
    for (const bad of ["9:30", "24:00", "12:60", "09:30:00"]) {
      expect(time(bad)).toEqual([{ path: ["startTime"], code: "invalid_format" }]);
    }
  });

  it("requires a place and holds 1 to 30 agenda items", () => {
    const items = (count: number) => Array.from({ length: count }, (_, i) => ({ title: `议题${i}` }));
    expect(ScheduleMeetingInput.safeParse({ ...scheduleData(), agenda: items(30) }).success).toBe(true);
    expect(issuesOf(ScheduleMeetingInput.safeParse({ ...scheduleData(), place: "  ", agenda: [] }))).toEqual([
      { path: ["place"], code: "too_small" },
      { path: ["agenda"], code: "too_small" },
    ]);
    expect(issuesOf(ScheduleMeetingInput.safeParse({ ...scheduleData(), agenda: items(31) }))).toEqual([
      { path: ["agenda"], code: "too_big" },
    ]);
  });

  it("refuses an unknown key inside an agenda item and a blank item title", () => {
    const agenda = [{ title: "议程", speaker: "王书记" }, { title: " " }];
    expect(issuesOf(ScheduleMeetingInput.safeParse({ ...scheduleData(), agenda }))).toEqual([
      { path: ["agenda", 0], code: "unrecognized_keys" },
      { path: ["agenda", 1, "title"], code: "too_small" },
    ]);
  });
});

describe("RescheduleMeetingInput and CancelMeetingInput", () => {
  it("refuses a community id: a meeting cannot move between communities", () => {
    const body = { ...reschedule().data, communityId: "dongfeng-1" };
    expect(issuesOf(RescheduleMeetingInput.safeParse(body))).toEqual([
      { path: [], code: "unrecognized_keys" },
    ]);
  });

  it("requires a reason to cancel", () => {
    expect(issuesOf(CancelMeetingInput.safeParse({ meetingId: "m-1", reason: "  " }))).toEqual([
      { path: ["reason"], code: "too_small" },
    ]);
    expect(issuesOf(CancelMeetingInput.safeParse({ meetingId: "m-1" }))).toEqual([
      { path: ["reason"], code: "invalid_type" },
    ]);
  });
});

describe("RecordAttendanceInput", () => {
  it("defaults the note to empty", () => {
    const { note: _, ...bare } = attend().data;
    expect(RecordAttendanceInput.parse(bare)).toEqual({ ...bare, note: "" });
  });

  it("requires who attended unless the unit was absent", () => {
    for (const attendance of ["principal", "deputy"]) {
      const body = { meetingId: "m-1", unitId: "school-1", attendance };
      expect(issuesOf(RecordAttendanceInput.safeParse(body))).toEqual([
        { path: ["attendeeName"], code: "attendee_required" },
      ]);
    }
    const absent = { meetingId: "m-1", unitId: "school-1", attendance: "absent" };
    expect(RecordAttendanceInput.safeParse(absent).success).toBe(true);
  });

  it("refuses an attendee for an absent unit", () => {
    const body = { ...attend().data, attendance: "absent" };
    expect(issuesOf(RecordAttendanceInput.safeParse(body))).toEqual([
      { path: ["attendeeName"], code: "attendee_not_expected" },
    ]);
  });

  it("refuses an attendance kind it does not know, and a correction flag from the client", () => {
    expect(issuesOf(RecordAttendanceInput.safeParse({ ...attend().data, attendance: "late" }))).toEqual([
      { path: ["attendance"], code: "invalid_value" },
    ]);
    expect(issuesOf(RecordAttendanceInput.safeParse({ ...attend().data, corrects: true }))).toEqual([
      { path: [], code: "unrecognized_keys" },
    ]);
  });
});

describe("RecordDecisionInput", () => {
  it("assigns each unit once, pointing at the repeat", () => {
    const assignedUnitIds = ["school-1", "cdc", "school-1"];
    expect(issuesOf(RecordDecisionInput.safeParse({ ...decide().data, assignedUnitIds }))).toEqual([
      { path: ["assignedUnitIds", 2], code: "duplicate_unit_id" },
    ]);
  });

  it("assigns 1 to 30 units and keeps the text to 1 to 500 characters", () => {
    const units = (count: number) => Array.from({ length: count }, (_, i) => `u${i}`);
    expect(RecordDecisionInput.safeParse({ ...decide().data, assignedUnitIds: units(30) }).success).toBe(
      true,
    );
    expect(
      issuesOf(
        RecordDecisionInput.safeParse({
          ...decide().data,
          assignedUnitIds: units(31),
          text: "x".repeat(501),
        }),
      ),
    ).toEqual([
      { path: ["text"], code: "too_big" },
      { path: ["assignedUnitIds"], code: "too_big" },
    ]);
    expect(
      issuesOf(RecordDecisionInput.safeParse({ ...decide().data, assignedUnitIds: [], text: " " })),
    ).toEqual([
      { path: ["text"], code: "too_small" },
      { path: ["assignedUnitIds"], code: "too_small" },
    ]);
  });
});

describe("MarkDecisionDoneInput", () => {
  it("defaults the note to empty and requires a real date", () => {
    const { note: _, ...bare } = markDone().data;
    expect(MarkDecisionDoneInput.parse(bare)).toEqual({ ...bare, note: "" });
    expect(issuesOf(MarkDecisionDoneInput.safeParse({ ...bare, doneOn: "2025-02-30" }))).toEqual([
      { path: ["doneOn"], code: "invalid_format" },
    ]);
  });
});

describe("meeting events and command maps", () => {
  it("parses every event back into the same typed event", () => {
    const emitted = [
      ...meetingDecider.decide(
        { type: "ScheduleMeeting", data: scheduleData() },
        meetingDecider.initialState,
        {
          today,
          community: guangming,
        },
      ),
      rescheduled(),
      cancelled(),
      attended(),
      decided(),
      done(),
    ];
    for (const event of emitted) {
      expect(MeetingEvent.parse(event)).toEqual(event);
      expect(meetingEventSchemas[event.type].parse(event.data)).toEqual(event.data);
    }
  });

  it("refuses unknown event types and malformed data", () => {
    expect(MeetingEvent.safeParse({ type: "MeetingAdjourned", data: {} }).success).toBe(false);
    expect(
      MeetingEvent.safeParse({ type: "AttendanceRecorded", data: { ...attended().data, attendance: "late" } })
        .success,
    ).toBe(false);
  });

  it("maps every command type to its input schema", () => {
    expect(Object.keys(meetingCommandSchemas).sort()).toEqual([
      "CancelMeeting",
      "MarkDecisionDone",
      "RecordAttendance",
      "RecordDecision",
      "RescheduleMeeting",
      "ScheduleMeeting",
    ]);
  });
});
