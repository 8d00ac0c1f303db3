import type { MeetingEvent, TeamEvent } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { boardAfter, community, deltasOf, hospital, school } from "../testing/community-fixtures.ts";

const meetingRef = { meetingId: "m1", communityId: "gm" };

const scheduled: MeetingEvent = {
  type: "MeetingScheduled",
  data: {
    ...meetingRef,
    title: "第三季度联席会议",
    date: "2025-07-10",
    startTime: "09:30",
    place: "社区党群服务中心",
    agenda: [{ title: "通报协议进展" }],
  },
};
const rescheduled: MeetingEvent = {
  type: "MeetingRescheduled",
  data: { ...meetingRef, date: "2025-07-12", place: "光明小学会议室" },
};
const cancelled: MeetingEvent = { type: "MeetingCancelled", data: { ...meetingRef, reason: "防汛" } };
const attended = (
  unitId: string,
  attendance: "principal" | "deputy" | "absent",
  corrects = false,
): MeetingEvent => ({
  type: "AttendanceRecorded",
  data: { ...meetingRef, unitId, attendance, note: "", corrects },
});
const decided: MeetingEvent = {
  type: "DecisionRecorded",
  data: {
    ...meetingRef,
    decisionId: "d1",
    text: "各单位清理楼道杂物",
    assignedUnitIds: ["school-1", "hospital-1"],
    deadline: "2025-08-01",
  },
};
const done: MeetingEvent = {
  type: "DecisionDone",
  data: {
    ...meetingRef,
    decisionId: "d1",
    assignedUnitIds: ["school-1", "hospital-1"],
    doneOn: "2025-07-28",
    note: "",
  },
};

const teamRef = { teamId: "t-patrol", communityId: "gm" };
const created: TeamEvent = {
  type: "TeamCreated",
  data: { ...teamRef, category: "joint_patrol", name: "义务联防队", description: "" },
};
const joined = (personId: string): TeamEvent => ({
  type: "MemberAdded",
  data: { ...teamRef, personId, skills: [], joinedOn: "2025-02-01" },
});
const left = (personId: string): TeamEvent => ({
  type: "MemberRemoved",
  data: { ...teamRef, personId, reason: "搬家", removedOn: "2025-06-01" },
});
const hours = (entryId: string, date: string, amount: number) => ({
  ...teamRef,
  entryId,
  personId: "m-01",
  date,
  hours: amount,
});
const approved = (entryId: string, date: string, amount: number): TeamEvent => ({
  type: "ServiceHoursApproved",
  data: { ...hours(entryId, date, amount), approvedOn: "2025-12-02" },
});

describe("the community live board: meetings and decisions", () => {
  it("given a scheduled meeting, then it shows with its time and place and no attendance", () => {
    expect(boardAfter(community, scheduled).meetings.m1).toEqual({
      meetingId: "m1",
      title: "第三季度联席会议",
      date: "2025-07-10",
      startTime: "09:30",
      place: "社区党群服务中心",
      status: "scheduled",
      attendance: {},
    });
  });

  it("given a meeting, when it is rescheduled without a start time, then date, place and time are replaced", () => {
    expect(boardAfter(community, scheduled, rescheduled).meetings.m1).toMatchObject({
      date: "2025-07-12",
      startTime: null,
      place: "光明小学会议室",
    });
  });

  it("given a meeting, when it is cancelled, then it shows as cancelled", () => {
    expect(boardAfter(community, scheduled, cancelled).meetings.m1?.status).toBe("cancelled");
  });

  it("given attendance recorded, when a unit's record is corrected, then the last record counts", () => {
    const board = boardAfter(
      community,
      school,
      hospital,
      scheduled,
      attended("school-1", "absent"),
      attended("hospital-1", "deputy"),
      attended("school-1", "principal", true),
    );
    expect(board.meetings.m1?.attendance).toEqual({ "school-1": "principal", "hospital-1": "deputy" });
  });

  it("given a decision, when it is carried out, then it is listed with its units and deadline, then done", () => {
    const open = boardAfter(community, scheduled, decided);
    expect(open.decisions.d1).toEqual({
      decisionId: "d1",
      meetingId: "m1",
      text: "各单位清理楼道杂物",
      assignedUnitIds: ["school-1", "hospital-1"],
      deadline: "2025-08-01",
      doneOn: null,
    });
    expect(boardAfter(community, scheduled, decided, done).decisions.d1?.doneOn).toBe("2025-07-28");
  });

  it("given no such meeting or decision, when facts about them arrive, then nothing is written", () => {
    for (const fact of [rescheduled, cancelled, attended("school-1", "principal"), decided, done]) {
      expect(deltasOf([community], fact)).toEqual([]);
    }
  });
});

describe("the community live board: teams", () => {
  it("given a created team, then it shows with no members and no hours", () => {
    expect(boardAfter(community, created).teams["t-patrol"]).toEqual({
      teamId: "t-patrol",
      name: "义务联防队",
      category: "joint_patrol",
      members: 0,
      hoursByMonth: {},
    });
  });

  it("given members joining and leaving, then the roster size follows", () => {
    const board = boardAfter(community, created, joined("p1"), joined("p2"), joined("p3"), left("p2"));
    expect(board.teams["t-patrol"]?.members).toBe(2);
  });

  it("given approved hours, then they add up exactly in the month they were served in", () => {
    const board = boardAfter(
      community,
      created,
      approved("e1", "2025-11-03", 1.1),
      approved("e2", "2025-11-30", 2.2),
      approved("e3", "2025-12-01", 3),
    );
    expect(board.teams["t-patrol"]?.hoursByMonth).toEqual({ "2025-11": 3.3, "2025-12": 3 });
  });

  it("given hours logged or rejected, then the board does not count them", () => {
    const base = [community, created];
    const loggedHours: TeamEvent = {
      type: "ServiceHoursLogged",
      data: { ...hours("e1", "2025-11-03", 2), activity: "夜间巡逻" },
    };
    const rejected: TeamEvent = {
      type: "ServiceHoursRejected",
      data: { ...hours("e1", "2025-11-03", 2), reason: "重复", rejectedOn: "2025-11-04" },
    };
    expect(deltasOf(base, loggedHours)).toEqual([]);
    expect(deltasOf(base, rejected)).toEqual([]);
  });

  it("given a team never seen, when members join or hours are approved, then nothing is written", () => {
    expect(deltasOf([community], joined("p1"))).toEqual([]);
    expect(deltasOf([community], approved("e1", "2025-11-03", 1))).toEqual([]);
  });
});
