import type { PersonEvent, PostEvent, TeamEvent } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { catalogueBoardProjection } from "../catalogue/projection.ts";
import { foldBoards } from "../fold.ts";
import type { BoardProjection, ProjectedEvent } from "../projection.ts";
import { teamBoardProjection } from "../team/projection.ts";
import { type MemberRecord, RECENT_MEMBER_ENTRIES } from "./board.ts";
import { memberRecordProjection } from "./projection.ts";

type Fact = PersonEvent | TeamEvent | PostEvent;

let position = 0;
const stored = (event: Fact): ProjectedEvent => ({
  ...event,
  streamId: "s",
  position: ++position,
  occurredAt: "2026-03-01T08:00:00.000Z",
});

const projections = [
  catalogueBoardProjection,
  teamBoardProjection,
  memberRecordProjection,
] as BoardProjection[];

const foldAll = (events: Fact[], order = projections) => foldBoards(order, events.map(stored));
const recordOf = (boards: ReturnType<typeof foldAll>, personId: string): MemberRecord | undefined =>
  boards.get(`member:${personId}`)?.data as MemberRecord | undefined;
const given = (...events: Fact[]): MemberRecord | undefined => recordOf(foldAll(events), "m-1");

const registered = (personId: string, name: string): PersonEvent => ({
  type: "PersonRegistered",
  data: {
    personId,
    communityId: "gm",
    name,
    kind: "party_member",
    partyCategory: "in_service",
    employerUnitId: "gm-u01",
    skills: ["电工"],
    phone: "13800000000",
  },
});
const people = [registered("m-1", "张伟"), registered("m-2", "李娜")];
const team: TeamEvent = {
  type: "TeamCreated",
  data: {
    teamId: "t-patrol",
    communityId: "gm",
    category: "joint_patrol",
    name: "义务联防队",
    description: "",
  },
};
const added = (personId: string): TeamEvent => ({
  type: "MemberAdded",
  data: { teamId: "t-patrol", communityId: "gm", personId, skills: [], joinedOn: "2026-01-05" },
});
const leader = (personId: string): TeamEvent => ({
  type: "LeaderAppointed",
  data: { teamId: "t-patrol", communityId: "gm", personId, appointedOn: "2026-01-06" },
});
const logged = (entryId: string, hours: number, date = "2026-01-20"): TeamEvent => ({
  type: "ServiceHoursLogged",
  data: { teamId: "t-patrol", communityId: "gm", entryId, personId: "m-1", date, hours, activity: "夜巡" },
});
const approved = (entryId: string, hours: number, date = "2026-01-20"): TeamEvent => ({
  type: "ServiceHoursApproved",
  data: {
    teamId: "t-patrol",
    communityId: "gm",
    entryId,
    personId: "m-1",
    date,
    hours,
    approvedOn: "2026-02-03",
  },
});
const rejected = (entryId: string, hours: number): TeamEvent => ({
  type: "ServiceHoursRejected",
  data: {
    teamId: "t-patrol",
    communityId: "gm",
    entryId,
    personId: "m-1",
    date: "2026-01-20",
    hours,
    reason: "重复",
    rejectedOn: "2026-02-03",
  },
});
const post: PostEvent = {
  type: "PostOpened",
  data: {
    postId: "p-mediate",
    communityId: "gm",
    name: "矛盾调解岗",
    category: "dispute_mediation",
    places: 2,
    schedule: { kind: "period", from: "2026-01-01", to: "2026-12-31" },
    area: "全社区",
    description: "",
  },
};
const claimed: PostEvent = {
  type: "PlaceClaimed",
  data: { postId: "p-mediate", communityId: "gm", claimId: "c1", personId: "m-1", claimedOn: "2026-02-01" },
};
const duty = (dutyId: string, hours: number): PostEvent => ({
  type: "DutyRecorded",
  data: {
    postId: "p-mediate",
    communityId: "gm",
    claimId: "c1",
    dutyId,
    personId: "m-1",
    date: "2026-02-05",
    checkIn: "09:00",
    checkOut: "10:00",
    hours,
    note: "",
  },
});

describe("a member's own record", () => {
  it("given a registered person who reported in and was evaluated, then the record shows them without their phone", () => {
    const record = given(
      ...people,
      { type: "MemberReportedIn", data: { personId: "m-1", communityId: "gm", reportedOn: "2026-01-03" } },
      {
        type: "MemberEvaluated",
        data: {
          personId: "m-1",
          communityId: "gm",
          year: 2025,
          grade: "excellent",
          comment: "积极",
          evaluatedOn: "2026-01-10",
        },
      },
    );
    expect(record).toMatchObject({
      personId: "m-1",
      communityId: "gm",
      name: "张伟",
      kind: "party_member",
      partyCategory: "in_service",
      employerUnitId: "gm-u01",
      reportedOn: "2026-01-03",
      evaluations: { "2025": { year: 2025, grade: "excellent", comment: "积极" } },
    });
    expect(JSON.stringify(record)).not.toContain("13800000000");
  });

  it("given a member who joined, led and left a team, then the team shows by name with those dates", () => {
    const record = given(...people, team, added("m-1"), leader("m-1"), {
      type: "MemberRemoved",
      data: { teamId: "t-patrol", communityId: "gm", personId: "m-1", reason: "", removedOn: "2026-04-01" },
    });
    expect(record?.teams["t-patrol"]).toEqual({
      teamId: "t-patrol",
      name: "义务联防队",
      joinedOn: "2026-01-05",
      leftOn: "2026-04-01",
      leader: false,
    });
  });

  it("given a leader, when another member is appointed, then only the new one is marked leader, whichever board runs first", () => {
    const events = [...people, team, added("m-1"), added("m-2"), leader("m-1"), leader("m-2")];
    for (const order of [
      projections,
      [catalogueBoardProjection, memberRecordProjection, teamBoardProjection] as BoardProjection[],
    ]) {
      const boards = foldAll(events, order);
      expect(recordOf(boards, "m-1")?.teams["t-patrol"]?.leader).toBe(false);
      expect(recordOf(boards, "m-2")?.teams["t-patrol"]?.leader).toBe(true);
    }
  });

  it("given logged hours, when some are approved and one rejected, then totals are exact and each entry's status follows", () => {
    const record = given(
      ...people,
      team,
      added("m-1"),
      logged("e1", 0.1),
      logged("e2", 0.2),
      logged("e3", 1, "2026-02-01"),
      logged("e4", 5),
      approved("e1", 0.1),
      approved("e2", 0.2),
      approved("e3", 1, "2026-02-01"),
      rejected("e4", 5),
    );
    expect(record?.hours).toEqual({ approved: 1.3, pending: 0, byMonth: { "2026-01": 0.3, "2026-02": 1 } });
    expect(record?.recentEntries.map((e) => [e.entryId, e.status])).toEqual([
      ["e4", "rejected"],
      ["e3", "approved"],
      ["e2", "approved"],
      ["e1", "approved"],
    ]);
  });

  it("given an entry already approved, when the approval comes again, then it is not counted twice", () => {
    const once = given(...people, team, added("m-1"), logged("e1", 2), approved("e1", 2));
    const twice = given(...people, team, added("m-1"), logged("e1", 2), approved("e1", 2), approved("e1", 2));
    expect(twice?.hours).toEqual(once?.hours);
  });

  it("given more entries than the list holds, then the newest are kept and older approvals still count", () => {
    const many = Array.from({ length: RECENT_MEMBER_ENTRIES + 3 }, (_, i) => logged(`e${i}`, 1));
    const record = given(...people, team, added("m-1"), ...many, approved("e0", 1));
    expect(record?.recentEntries).toHaveLength(RECENT_MEMBER_ENTRIES);
    expect(record?.recentEntries[0]?.entryId).toBe(`e${RECENT_MEMBER_ENTRIES + 2}`);
    expect(record?.hours).toMatchObject({ approved: 1, pending: RECENT_MEMBER_ENTRIES + 2 });
  });

  it("given a claim with duty records, when it is released, then it stays on record with its duties and hours", () => {
    const record = given(...people, post, claimed, duty("d1", 0.1), duty("d2", 0.2), {
      type: "ClaimReleased",
      data: {
        postId: "p-mediate",
        communityId: "gm",
        claimId: "c1",
        personId: "m-1",
        reason: "",
        releasedOn: "2026-03-01",
      },
    });
    expect(record?.claims.c1).toEqual({
      claimId: "c1",
      postId: "p-mediate",
      postName: "矛盾调解岗",
      teamId: null,
      claimedOn: "2026-02-01",
      releasedOn: "2026-03-01",
      duties: 2,
      dutyHours: 0.3,
    });
  });

  it("given events about a person never registered, then no record appears", () => {
    const boards = foldAll([team, added("m-9"), claimed]);
    expect(boards.get("member:m-9")).toBeUndefined();
    expect(boards.get("member:m-1")).toBeUndefined();
  });

  it("given a team or a post created, then it is remembered by name but keys no record", () => {
    const boards = foldBoards([memberRecordProjection as BoardProjection], [stored(team), stored(post)]);
    expect([...boards.keys()].filter((id) => id.startsWith("member:"))).toEqual([]);
  });
});
