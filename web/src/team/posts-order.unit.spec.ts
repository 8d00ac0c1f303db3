import type { BoardClaim, BoardPost } from "@cobuild/boards";
import { placesLeft } from "@cobuild/boards";
import { describe, expect, it } from "vitest";
import { orderPosts, standingOf } from "./posts-order.ts";

const claim = (claimId: string): BoardClaim => ({
  claimId,
  personId: `p-${claimId}`,
  personName: "某某",
  teamId: null,
  teamName: null,
  claimedOn: "2026-01-05",
  dutyHours: 0,
});

const post = (postId: string, name: string, places: number, claims: number, closed = false): BoardPost => ({
  postId,
  name,
  category: "security_patrol",
  places,
  schedule: { kind: "period", from: "2026-01-01", to: "2026-12-31" },
  area: "一组",
  description: "",
  status: closed ? "closed" : "open",
  closedOn: closed ? "2026-03-01" : null,
  claims: Object.fromEntries(Array.from({ length: claims }, (_, i) => [`c${i}`, claim(`c${i}`)])),
});

describe("posts as offered to claimants", () => {
  it("Given claims on a post, When counting places left, Then it is places minus claims and never negative", () => {
    expect(placesLeft(post("a", "甲", 3, 1))).toBe(2);
    expect(placesLeft(post("a", "甲", 2, 2))).toBe(0);
    expect(placesLeft(post("a", "甲", 1, 2))).toBe(0);
  });

  it("Given open, full and closed posts, When reading their standing, Then each is told apart", () => {
    expect(standingOf(post("a", "甲", 3, 1))).toBe("open");
    expect(standingOf(post("b", "乙", 2, 2))).toBe("full");
    expect(standingOf(post("c", "丙", 3, 0, true))).toBe("closed");
  });

  it("Given a mixed list, When ordering, Then posts with places come first, then full, then closed", () => {
    const ordered = orderPosts([
      post("closed", "安", 2, 0, true),
      post("full", "巴", 1, 1),
      post("open-b", "治安巡逻", 3, 1),
      post("open-a", "矛盾调解", 3, 0),
    ]);
    expect(ordered.map((p) => p.postId)).toEqual(["open-a", "open-b", "full", "closed"]);
  });
});
