import type { BoardDecision, BoardMeeting } from "@cobuild/boards";
import { describe, expect, it } from "vitest";
import { attendanceCounts, hasRecords, meetingActions, meetingPhase, splitMeetings } from "./phases.ts";

const meeting = (meetingId: string, date: string, extra: Partial<BoardMeeting> = {}): BoardMeeting => ({
  meetingId,
  title: meetingId,
  date,
  startTime: null,
  place: "社区会议室",
  status: "scheduled",
  attendance: {},
  ...extra,
});

const decision = (meetingId: string): BoardDecision => ({
  decisionId: "d1",
  meetingId,
  text: "整治小区环境",
  assignedUnitIds: ["u1"],
  deadline: "2025-07-01",
  doneOn: null,
});

const today = "2025-06-15";

describe("where a meeting stands", () => {
  it("given meetings before, on and after today and a cancelled one, then each has its phase", () => {
    expect(meetingPhase(meeting("a", "2025-06-01"), today)).toBe("past");
    expect(meetingPhase(meeting("b", today), today)).toBe("today");
    expect(meetingPhase(meeting("c", "2025-07-01"), today)).toBe("upcoming");
    expect(meetingPhase(meeting("d", "2025-07-01", { status: "cancelled" }), today)).toBe("cancelled");
  });

  it("given a meeting with a decision but no attendance, then it has records", () => {
    const m = meeting("m", "2025-06-01");
    expect(hasRecords(m, [decision("m")])).toBe(true);
    expect(hasRecords(m, [decision("other")])).toBe(false);
    expect(hasRecords(meeting("m", "2025-06-01", { attendance: { u1: "absent" } }), [])).toBe(true);
  });
});

describe("what staff may do with a meeting", () => {
  it("given a meeting to come, then it can move or be cancelled but not yet be recorded", () => {
    expect(meetingActions(meeting("m", "2025-07-01"), false, today)).toEqual({
      reschedule: true,
      cancel: true,
      record: false,
    });
  });

  it("given today's meeting with attendance recorded, then it is held: recorded, never moved or cancelled", () => {
    expect(meetingActions(meeting("m", today), true, today)).toEqual({
      reschedule: false,
      cancel: false,
      record: true,
    });
  });

  it("given a past meeting with nothing recorded, then it can still be cancelled but not moved", () => {
    expect(meetingActions(meeting("m", "2025-06-01"), false, today)).toEqual({
      reschedule: false,
      cancel: true,
      record: true,
    });
  });

  it("given a cancelled meeting, then nothing can be done with it", () => {
    expect(meetingActions(meeting("m", "2025-07-01", { status: "cancelled" }), false, today)).toEqual({
      reschedule: false,
      cancel: false,
      record: false,
    });
  });
});

describe("the two lists of meetings", () => {
  it("given meetings across time, then the upcoming come soonest first and the rest newest first", () => {
    const { upcoming, past } = splitMeetings(
      [
        meeting("later", "2025-09-01"),
        meeting("old", "2025-01-10"),
        meeting("today", today),
        meeting("called-off", "2025-08-01", { status: "cancelled" }),
        meeting("recent", "2025-05-20"),
      ],
      today,
    );
    expect(upcoming.map((m) => m.meetingId)).toEqual(["today", "later"]);
    expect(past.map((m) => m.meetingId)).toEqual(["called-off", "recent", "old"]);
  });

  it("given two meetings on one day, then the earlier start comes first among the upcoming", () => {
    const { upcoming } = splitMeetings(
      [
        meeting("pm", "2025-07-01", { startTime: "14:00" }),
        meeting("am", "2025-07-01", { startTime: "09:00" }),
      ],
      today,
    );
    expect(upcoming.map((m) => m.meetingId)).toEqual(["am", "pm"]);
  });
});

describe("attendance counted against the units", () => {
  it("given three units and two records, then the third is not recorded and a record of a stranger is ignored", () => {
    const m = meeting("m", "2025-06-01", {
      attendance: { u1: "principal", u2: "absent", stranger: "deputy" },
    });
    expect(attendanceCounts(m, ["u1", "u2", "u3"])).toEqual({
      principal: 1,
      deputy: 0,
      absent: 1,
      unrecorded: 1,
    });
  });
});
