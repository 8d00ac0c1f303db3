import type { PersonEvent, PostEvent, TeamEvent } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { catalogueBoardProjection } from "../catalogue/projection.ts";
import { foldBoards } from "../fold.ts";
import type { ProjectedEvent } from "../projection.ts";
import type { PostsBoard } from "./board.ts";
import { postsBoardProjection } from "./projection.ts";

type Fact = PostEvent | PersonEvent | TeamEvent;

let position = 0;
const stored = (event: Fact): ProjectedEvent => ({
  ...event,
  streamId: "s",
  position: ++position,
  occurredAt: "2026-03-01T08:00:00.000Z",
});

const given = (...events: Fact[]): PostsBoard | undefined =>
  foldBoards([catalogueBoardProjection, postsBoardProjection], events.map(stored)).get("posts:gm")?.data as
    | PostsBoard
    | undefined;

const catalogue: Fact[] = [
  {
    type: "PersonRegistered",
    data: { personId: "m-1", communityId: "gm", name: "张伟", kind: "resident_volunteer", skills: [] },
  },
  {
    type: "TeamCreated",
    data: {
      teamId: "t-patrol",
      communityId: "gm",
      category: "joint_patrol",
      name: "义务联防队",
      description: "",
    },
  },
];
const opened: PostEvent = {
  type: "PostOpened",
  data: {
    postId: "p-patrol",
    communityId: "gm",
    name: "治安巡逻岗",
    category: "security_patrol",
    places: 4,
    schedule: { kind: "period", from: "2026-01-01", to: "2026-12-31" },
    area: "一号楼至五号楼",
    description: "夜间巡逻",
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
const released = (claimId: string): PostEvent => ({
  type: "ClaimReleased",
  data: {
    postId: "p-patrol",
    communityId: "gm",
    claimId,
    personId: "m-1",
    reason: "",
    releasedOn: "2026-03-01",
  },
});
const duty = (dutyId: string, claimId: string, hours: number): PostEvent => ({
  type: "DutyRecorded",
  data: {
    postId: "p-patrol",
    communityId: "gm",
    claimId,
    dutyId,
    personId: "m-1",
    date: "2026-02-12",
    checkIn: "19:00",
    checkOut: "21:00",
    hours,
    note: "",
  },
});

describe("the posts board", () => {
  it("given an opened post, then it shows open with its places and no claims", () => {
    const board = given(opened);
    expect(board?.posts["p-patrol"]).toEqual({
      postId: "p-patrol",
      name: "治安巡逻岗",
      category: "security_patrol",
      places: 4,
      schedule: { kind: "period", from: "2026-01-01", to: "2026-12-31" },
      area: "一号楼至五号楼",
      description: "夜间巡逻",
      status: "open",
      closedOn: null,
      claims: {},
    });
  });

  it("given a closed post, then it shows closed on its day", () => {
    const board = given(opened, {
      type: "PostClosed",
      data: { postId: "p-patrol", communityId: "gm", closedOn: "2026-06-30", reason: "汛期结束" },
    });
    expect(board?.posts["p-patrol"]).toMatchObject({ status: "closed", closedOn: "2026-06-30" });
  });

  it("given claims for oneself and through a team, then each names the person and, if any, the team", () => {
    const board = given(...catalogue, opened, claimed("c1"), claimed("c2", "t-patrol"));
    expect(board?.posts["p-patrol"]?.claims).toEqual({
      c1: {
        claimId: "c1",
        personId: "m-1",
        personName: "张伟",
        teamId: null,
        teamName: null,
        claimedOn: "2026-02-10",
        dutyHours: 0,
      },
      c2: {
        claimId: "c2",
        personId: "m-1",
        personName: "张伟",
        teamId: "t-patrol",
        teamName: "义务联防队",
        claimedOn: "2026-02-10",
        dutyHours: 0,
      },
    });
  });

  it("given a claim, when it is released, then its place is free again", () => {
    const board = given(...catalogue, opened, claimed("c1"), claimed("c2"), released("c1"));
    expect(Object.keys(board?.posts["p-patrol"]?.claims ?? {})).toEqual(["c2"]);
  });

  it("given duty records, then the claim's hours add up exactly", () => {
    const board = given(...catalogue, opened, claimed("c1"), duty("d1", "c1", 0.1), duty("d2", "c1", 0.2));
    expect(board?.posts["p-patrol"]?.claims.c1?.dutyHours).toBe(0.3);
  });

  it("given references to a post or claim the board does not hold, then nothing changes", () => {
    const before = given(...catalogue, opened);
    const after = given(...catalogue, opened, released("c9"), duty("d1", "c9", 2), {
      type: "PlaceClaimed",
      data: { postId: "p-none", communityId: "gm", claimId: "c1", personId: "m-1", claimedOn: "2026-02-10" },
    });
    expect(after).toEqual(before);
  });

  it("given a foreign event, then it keys no board and gives no ops", () => {
    const foreign = stored(catalogue[1] as Fact);
    const boards = foldBoards([postsBoardProjection], [foreign]);
    expect([...boards.keys()].filter((id) => id.startsWith("posts:"))).toEqual([]);
  });
});
