import type { PersonEvent, PostEvent, TeamEvent } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { catalogueBoardProjection } from "../catalogue/projection.ts";
import { foldBoards } from "../fold.ts";
import type { ProjectedEvent } from "../projection.ts";
import type { TeamBoard } from "./board.ts";
import { teamBoardProjection } from "./projection.ts";

type Fact = TeamEvent | PostEvent | PersonEvent;

let position = 0;
const stored = (event: Fact): ProjectedEvent => ({
  ...event,
  streamId: "s",
  position: ++position,
  occurredAt: "2026-03-01T08:00:00.000Z",
});

const given = (...events: Fact[]): TeamBoard | undefined =>
  foldBoards([catalogueBoardProjection, teamBoardProjection], events.map(stored)).get("team:t-patrol")
    ?.data as TeamBoard | undefined;

const person = (personId: string, name: string): PersonEvent => ({
  type: "PersonRegistered",
  data: { personId, communityId: "gm", name, kind: "party_member", partyCategory: "in_service", skills: [] },
});
const created: TeamEvent = {
  type: "TeamCreated",
  data: {
    teamId: "t-patrol",
    communityId: "gm",
    category: "joint_patrol",
    name: "义务联防队",
    description: "夜间巡逻",
  },
};
const added = (personId: string, joinedOn = "2026-01-05"): TeamEvent => ({
  type: "MemberAdded",
  data: { teamId: "t-patrol", communityId: "gm", personId, skills: ["巡逻"], joinedOn },
});
const removed = (personId: string): TeamEvent => ({
  type: "MemberRemoved",
  data: { teamId: "t-patrol", communityId: "gm", personId, reason: "搬家", removedOn: "2026-02-01" },
});
const logged = (entryId: string, personId: string, hours: number, date = "2026-01-20"): TeamEvent => ({
  type: "ServiceHoursLogged",
  data: { teamId: "t-patrol", communityId: "gm", entryId, personId, date, hours, activity: "夜巡" },
});
const approved = (entryId: string, personId: string, hours: number, date = "2026-01-20"): TeamEvent => ({
  type: "ServiceHoursApproved",
  data: { teamId: "t-patrol", communityId: "gm", entryId, personId, date, hours, approvedOn: "2026-02-03" },
});
const rejected = (entryId: string, personId: string, hours: number): TeamEvent => ({
  type: "ServiceHoursRejected",
  data: {
    teamId: "t-patrol",
    communityId: "gm",
    entryId,
    personId,
    date: "2026-01-20",
    hours,
    reason: "重复登记",
    rejectedOn: "2026-02-03",
  },
});
const post: PostEvent = {
  type: "PostOpened",
  data: {
    postId: "p-patrol",
    communityId: "gm",
    name: "治安巡逻岗",
    category: "security_patrol",
    places: 4,
    schedule: { kind: "period", from: "2026-01-01", to: "2026-12-31" },
    area: "一号楼至五号楼",
    description: "",
  },
};
const claimed = (claimId: string, teamId?: string): PostEvent => ({
  type: "PlaceClaimed",
  data: {
    postId: "p-patrol",
    communityId: "gm",
    claimId,
    personId: "m-1",
    claimedOn: "2026-02-10",
    ...(teamId ? { teamId } : {}),
  },
});

const people = [person("m-1", "张伟"), person("m-2", "李娜")];

describe("the volunteer team board", () => {
  it("given a created team, when members join and a leader is appointed, then the roster names them", () => {
    const board = given(...people, created, added("m-1"), added("m-2"), {
      type: "LeaderAppointed",
      data: { teamId: "t-patrol", communityId: "gm", personId: "m-1", appointedOn: "2026-01-06" },
    });
    expect(board).toMatchObject({
      name: "义务联防队",
      category: "joint_patrol",
      communityId: "gm",
      leaderId: "m-1",
    });
    expect(board?.roster["m-1"]).toEqual({
      personId: "m-1",
      name: "张伟",
      skills: ["巡逻"],
      joinedOn: "2026-01-05",
      approvedHours: 0,
      pendingHours: 0,
    });
    expect(board?.roster["m-2"]?.name).toBe("李娜");
  });

  it("given a member, when they leave, then they are off the roster", () => {
    const board = given(...people, created, added("m-1"), added("m-2"), removed("m-2"));
    expect(Object.keys(board?.roster ?? {})).toEqual(["m-1"]);
  });

  it("given logged hours, when they are approved, then pending moves to approved exactly and the month totals them", () => {
    const board = given(
      ...people,
      created,
      added("m-1"),
      logged("e1", "m-1", 0.1),
      logged("e2", "m-1", 0.2),
      logged("e3", "m-1", 2, "2026-02-02"),
    );
    expect(board?.roster["m-1"]?.pendingHours).toBe(2.3);
    expect(board?.pending.e1).toMatchObject({
      personId: "m-1",
      personName: "张伟",
      hours: 0.1,
      activity: "夜巡",
    });

    const after = given(
      ...people,
      created,
      added("m-1"),
      logged("e1", "m-1", 0.1),
      logged("e2", "m-1", 0.2),
      logged("e3", "m-1", 2, "2026-02-02"),
      approved("e1", "m-1", 0.1),
      approved("e2", "m-1", 0.2),
    );
    expect(after?.roster["m-1"]).toMatchObject({ approvedHours: 0.3, pendingHours: 2 });
    expect(after?.hoursByMonth).toEqual({ "2026-01": 0.3 });
    expect(Object.keys(after?.pending ?? {})).toEqual(["e3"]);
  });

  it("given logged hours, when they are rejected, then they leave pending and count nowhere", () => {
    const board = given(...people, created, added("m-1"), logged("e1", "m-1", 3), rejected("e1", "m-1", 3));
    expect(board?.pending).toEqual({});
    expect(board?.roster["m-1"]).toMatchObject({ approvedHours: 0, pendingHours: 0 });
    expect(board?.hoursByMonth).toEqual({});
  });

  it("given a member who left with hours pending, when they are approved, then only the team's month counts them", () => {
    const board = given(
      ...people,
      created,
      added("m-2"),
      logged("e1", "m-2", 1.5),
      removed("m-2"),
      approved("e1", "m-2", 1.5),
    );
    expect(board?.roster).toEqual({});
    expect(board?.hoursByMonth).toEqual({ "2026-01": 1.5 });
  });

  it("given a member who left with hours pending, when they rejoin, then their open hours show again", () => {
    const board = given(
      ...people,
      created,
      added("m-2"),
      logged("e1", "m-2", 1.5),
      removed("m-2"),
      added("m-2", "2026-02-20"),
    );
    expect(board?.roster["m-2"]).toMatchObject({
      joinedOn: "2026-02-20",
      pendingHours: 1.5,
      approvedHours: 0,
    });
  });

  it("given an entry approved already, when the approval comes again, then nothing is counted twice", () => {
    const once = given(...people, created, added("m-1"), logged("e1", "m-1", 2), approved("e1", "m-1", 2));
    const twice = given(
      ...people,
      created,
      added("m-1"),
      logged("e1", "m-1", 2),
      approved("e1", "m-1", 2),
      approved("e1", "m-1", 2),
    );
    expect(twice).toEqual(once);
  });

  it("given a leader's claim for a member, then the team holds it with the post's name until it is released", () => {
    const held = given(...people, created, added("m-1"), post, claimed("c1", "t-patrol"));
    expect(held?.claims.c1).toEqual({
      claimId: "c1",
      postId: "p-patrol",
      postName: "治安巡逻岗",
      personId: "m-1",
      personName: "张伟",
      claimedOn: "2026-02-10",
    });
    const released = given(...people, created, added("m-1"), post, claimed("c1", "t-patrol"), {
      type: "ClaimReleased",
      data: {
        postId: "p-patrol",
        communityId: "gm",
        claimId: "c1",
        personId: "m-1",
        teamId: "t-patrol",
        reason: "",
        releasedOn: "2026-03-01",
      },
    });
    expect(released?.claims).toEqual({});
  });

  it("given a member's claim for themself, then no team board is touched", () => {
    const boards = foldBoards([teamBoardProjection], [stored(claimed("c2"))]);
    expect([...boards.keys()].filter((id) => id.startsWith("team:"))).toEqual([]);
  });

  it("given events about a team never created, then no board appears", () => {
    expect(given(...people, added("m-1"), logged("e1", "m-1", 1))).toBeUndefined();
  });

  it("given a foreign event, then it keys no board and gives no ops", () => {
    const foreign = stored({
      type: "MemberReportedIn",
      data: { personId: "m-1", communityId: "gm", reportedOn: "2026-01-01" },
    });
    expect(teamBoardProjection.handles).not.toContain(foreign.type);
    expect(foldBoards([teamBoardProjection], [foreign]).size).toBe(0);
  });
});
