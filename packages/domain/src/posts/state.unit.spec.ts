import { describe, expect, it } from "vitest";
import { fold } from "../shared/decider.ts";
import { claimed, closed, dutyRecorded, opened, released } from "../testing/posts-fixtures.ts";
import { postDecider } from "./decider.ts";
import { dutyHours } from "./schedule.ts";
import { activeClaims, isClaimServed, type PostState, placesLeft } from "./state.ts";

const existing = (state: PostState) => {
  if (state.status === "none") throw new Error("expected a post");
  return state;
};

const wang = () => claimed({ claimId: "c-wang", personId: "wang", teamId: undefined });

describe("post evolve", () => {
  it("starts with no post, then an open post with every place free", () => {
    expect(fold(postDecider, [])).toEqual({ status: "none" });
    const post = existing(fold(postDecider, [opened()]));
    expect(post).toMatchObject({ status: "open", postId: "p-patrol", communityId: "guangming", places: 2 });
    expect(placesLeft(post)).toBe(2);
  });

  it("keeps each claim with its holder, team, status, duties and hours", () => {
    const post = existing(fold(postDecider, [opened(), claimed(), wang(), dutyRecorded(), released()]));
    expect([...post.claims.values()]).toEqual([
      {
        claimId: "c-li",
        personId: "li",
        teamId: "patrol",
        claimedOn: "2025-06-05",
        status: "released",
        duties: 1,
        hours: 2.5,
      },
      {
        claimId: "c-wang",
        personId: "wang",
        teamId: undefined,
        claimedOn: "2025-06-05",
        status: "active",
        duties: 0,
        hours: 0,
      },
    ]);
    expect([...post.dutyIds]).toEqual(["d-1"]);
  });

  it("adds duty hours exactly and counts a claim with a duty as served", () => {
    const post = existing(
      fold(postDecider, [
        opened(),
        claimed(),
        dutyRecorded({ dutyId: "d-1", hours: 0.1 }),
        dutyRecorded({ dutyId: "d-2", hours: 0.2 }),
      ]),
    );
    const claim = post.claims.get("c-li");
    expect(claim?.hours).toBe(0.3);
    expect(claim && isClaimServed(claim)).toBe(true);
    const unserved = existing(fold(postDecider, [opened(), claimed()])).claims.get("c-li");
    expect(unserved && isClaimServed(unserved)).toBe(false);
  });

  it("frees a place when a claim is released, and keeps claims when the post closes", () => {
    expect(placesLeft(fold(postDecider, [opened(), claimed(), wang()]))).toBe(0);
    expect(placesLeft(fold(postDecider, [opened(), claimed(), wang(), released()]))).toBe(1);
    const post = existing(fold(postDecider, [opened(), claimed(), closed()]));
    expect([post.status, post.closedOn, activeClaims(post).length]).toEqual(["closed", "2025-06-10", 1]);
  });

  it("has no places for a post that does not exist", () => {
    expect(placesLeft(fold(postDecider, []))).toBe(0);
    expect(activeClaims(fold(postDecider, []))).toEqual([]);
  });

  it("does not change earlier states when folding further", () => {
    const before = existing(fold(postDecider, [opened(), claimed()]));
    postDecider.evolve(before, dutyRecorded());
    postDecider.evolve(before, released());
    expect(before.claims.get("c-li")).toMatchObject({ status: "active", duties: 0 });
    expect(before.dutyIds.size).toBe(0);
  });

  it("ignores events that cannot follow the current state", () => {
    expect(fold(postDecider, [claimed()])).toEqual({ status: "none" });
    const post = existing(fold(postDecider, [opened(), released(), dutyRecorded()]));
    expect([post.claims.size, post.dutyIds.size]).toEqual([0, 0]);
  });
});

describe("dutyHours", () => {
  it("works out hours between two times of one day, exact to hundredths", () => {
    expect(dutyHours("08:00", "09:20")).toBe(1.33);
    expect(dutyHours("19:00", "21:30")).toBe(2.5);
    expect(dutyHours("08:00", "08:01")).toBe(0.02);
    expect(dutyHours("00:00", "23:59")).toBe(23.98);
    expect(dutyHours("09:10", "09:50")).toBe(0.67);
  });
});
