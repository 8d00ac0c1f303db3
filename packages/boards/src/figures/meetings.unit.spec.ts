import { describe, expect, it } from "vitest";
import { boardWith, decision, meeting, unit } from "../testing/figures-fixtures.ts";
import { lastMeeting, openDecisions } from "./meetings.ts";

const units = [unit("u1", "光明小学"), unit("u2", "光明医院"), unit("u3", "气象局"), unit("u4", "疾控中心")];

describe("the last meeting", () => {
  it("given meetings before and after today, then the latest held on or before today is chosen", () => {
    const board = boardWith({
      units,
      meetings: [meeting("m1", "2025-04-10"), meeting("m2", "2025-07-10"), meeting("m3", "2025-10-10")],
    });
    expect(lastMeeting(board, "2025-07-10")?.meeting.meetingId).toBe("m2");
    expect(lastMeeting(board, "2025-07-09")?.meeting.meetingId).toBe("m1");
    expect(lastMeeting(board, "2025-04-09")).toBeUndefined();
  });

  it("given the latest meeting was cancelled, then the one before it counts", () => {
    const board = boardWith({
      meetings: [meeting("m1", "2025-04-10"), meeting("m2", "2025-07-01", { status: "cancelled" })],
    });
    expect(lastMeeting(board, "2025-07-10")?.meeting.meetingId).toBe("m1");
  });

  it("given two meetings the same day, then the later start time wins", () => {
    const board = boardWith({
      meetings: [
        meeting("m1", "2025-07-01", { startTime: "14:00" }),
        meeting("m2", "2025-07-01", { startTime: "09:00" }),
      ],
    });
    expect(lastMeeting(board, "2025-07-10")?.meeting.meetingId).toBe("m1");
  });

  it("given attendance for some units, then it is counted against every unit of the community", () => {
    const board = boardWith({
      units,
      meetings: [
        meeting("m1", "2025-07-01", {
          attendance: { u1: "principal", u2: "deputy", u3: "absent", other: "principal" },
        }),
      ],
    });
    expect(lastMeeting(board, "2025-07-10")?.attendance).toEqual({
      units: 4,
      principal: 1,
      deputy: 1,
      absent: 1,
      notRecorded: 1,
    });
  });
});

describe("open decisions", () => {
  it("given decisions open and done, then the open ones are listed soonest deadline first", () => {
    const board = boardWith({
      decisions: [
        decision("d1", "2025-09-01"),
        decision("d2", "2025-08-01"),
        decision("d3", "2025-07-01", { doneOn: "2025-06-30" }),
        decision("d0", "2025-09-01"),
      ],
    });
    expect(openDecisions(board).map((d) => d.decisionId)).toEqual(["d2", "d0", "d1"]);
  });
});
