import { describe, expect, it } from "vitest";
import {
  agreementFulfilment,
  attendanceCount,
  communityFulfilment,
  hoursInMonth,
  lastMeeting,
  openDecisions,
  overdueItems,
  totalHoursInMonth,
} from "./community-figures.ts";
import { agreement, commitment, decision, emptyCommunity, meeting, unit } from "./spec-fixtures.ts";

describe("fulfilment", () => {
  it("given one commitment verified in half and one struck off, then the rate is their mean and one is struck off", () => {
    const a = agreement("a1", "u1", [
      commitment("c1", { verified: 5, logged: 9 }),
      commitment("c2", { verified: 12, logged: 12, fulfilledOn: "2026-05-01" }),
    ]);
    expect(agreementFulfilment(a)).toEqual({ commitments: 2, struckOff: 1, rate: 0.75 });
  });

  it("given logged but unverified work, then it does not count toward the rate", () => {
    const a = agreement("a1", "u1", [commitment("c1", { logged: 10, verified: 0 })]);
    expect(agreementFulfilment(a).rate).toBe(0);
  });

  it("given a signed and a draft agreement, then only the signed one counts for the community", () => {
    const board = emptyCommunity();
    board.agreements = {
      a1: agreement("a1", "u1", [commitment("c1", { verified: 10 })]),
      a2: agreement("a2", "u2", [commitment("c2")], { status: "draft" }),
    };
    expect(communityFulfilment(board)).toEqual({ commitments: 1, struckOff: 0, rate: 1 });
  });

  it("given no signed agreements, then the rate is zero rather than undefined", () => {
    expect(communityFulfilment(emptyCommunity()).rate).toBe(0);
  });
});

describe("overdue", () => {
  const board = emptyCommunity();
  board.units = { u1: unit("u1", "第一中学"), u2: unit("u2", "人民医院") };
  board.agreements = {
    a1: agreement("a1", "u1", [
      commitment("late", { dueDate: "2026-11-01" }),
      commitment("done", { dueDate: "2026-10-01", fulfilledOn: "2026-09-30" }),
      commitment("today", { dueDate: "2026-11-23" }),
    ]),
    a2: agreement("a2", "u2", [commitment("ended", { dueDate: "2026-01-01" })], { status: "terminated" }),
  };
  board.decisions = {
    d1: decision("d1", "2026-11-20", { assignedUnitIds: ["u1", "u2"] }),
    d2: decision("d2", "2026-11-01", { doneOn: "2026-10-30" }),
  };

  it("given commitments and decisions past their dates, then only the open ones of running agreements are overdue, latest first", () => {
    const items = overdueItems(board, "2026-11-23");
    expect(items.map((i) => [i.kind, i.id, i.daysLate])).toEqual([
      ["commitment", "a1/late", 22],
      ["decision", "d1", 3],
    ]);
    expect(items[1]?.unitNames).toEqual(["第一中学", "人民医院"]);
  });

  it("given a deadline of today, then it is not yet overdue", () => {
    expect(overdueItems(board, "2026-11-01")).toEqual([]);
  });
});

describe("the last meeting", () => {
  it("given a past, a cancelled later and a future meeting, then the last held one is the past one", () => {
    const board = emptyCommunity();
    board.meetings = {
      m1: meeting("m1", "2026-09-10"),
      m2: meeting("m2", "2026-10-10", { status: "cancelled" }),
      m3: meeting("m3", "2026-12-10"),
    };
    expect(lastMeeting(board, "2026-11-23")?.meetingId).toBe("m1");
  });

  it("given two meetings the same day, then the later start counts", () => {
    const board = emptyCommunity();
    board.meetings = {
      am: meeting("am", "2026-11-01", { startTime: "09:00" }),
      pm: meeting("pm", "2026-11-01", { startTime: "14:30" }),
    };
    expect(lastMeeting(board, "2026-11-23")?.meetingId).toBe("pm");
  });

  it("given attendance for some units, then the others count as not recorded", () => {
    const board = emptyCommunity();
    board.units = { u1: unit("u1"), u2: unit("u2"), u3: unit("u3"), u4: unit("u4") };
    const m = meeting("m1", "2026-11-01", { attendance: { u1: "principal", u2: "deputy", u3: "deputy" } });
    expect(attendanceCount(board, m)).toEqual({ principal: 1, deputy: 2, absent: 0, notRecorded: 1 });
  });
});

describe("decisions and hours", () => {
  it("given decisions open and done, then the open ones come soonest deadline first", () => {
    const board = emptyCommunity();
    board.decisions = {
      a: decision("a", "2026-12-01"),
      b: decision("b", "2026-11-15"),
      c: decision("c", "2026-10-01", { doneOn: "2026-09-01" }),
    };
    expect(openDecisions(board).map((d) => d.decisionId)).toEqual(["b", "a"]);
  });

  it("given teams with hours in several months, then this month's are read per team, most first, and summed exactly", () => {
    const board = emptyCommunity();
    board.teams = {
      t1: {
        teamId: "t1",
        name: "义务联防队",
        category: "joint_patrol",
        members: 20,
        hoursByMonth: { "2026-11": 0.1, "2026-10": 50 },
      },
      t2: {
        teamId: "t2",
        name: "环境整治队",
        category: "environment",
        members: 12,
        hoursByMonth: { "2026-11": 0.2 },
      },
      t3: { teamId: "t3", name: "法律咨询队", category: "legal_advice", members: 3, hoursByMonth: {} },
    };
    expect(hoursInMonth(board, "2026-11").map((t) => [t.teamId, t.hours])).toEqual([
      ["t2", 0.2],
      ["t1", 0.1],
      ["t3", 0],
    ]);
    expect(totalHoursInMonth(board, "2026-11")).toBe(0.3);
  });
});
