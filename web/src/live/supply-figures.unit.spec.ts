import type { BoardClaim, BoardPost, PostsBoard } from "@cobuild/boards";
import { placesLeft, supermarketDay } from "@cobuild/boards";
import { describe, expect, it } from "vitest";
import { supermarket } from "../testing/live-fixtures.ts";
import { openPosts, placesOf } from "./supply-figures.ts";

const claim = (claimId: string): BoardClaim => ({
  claimId,
  personId: `p-${claimId}`,
  personName: `队员${claimId}`,
  teamId: null,
  teamName: null,
  claimedOn: "2026-11-01",
  dutyHours: 0,
});

const post = (
  postId: string,
  places: number,
  claims: number,
  status: "open" | "closed" = "open",
): BoardPost => ({
  postId,
  name: postId,
  category: "security_patrol",
  places,
  schedule: { kind: "period", from: "2026-01-01", to: "2026-12-31" },
  area: "",
  description: "",
  status,
  closedOn: null,
  claims: Object.fromEntries(
    Array.from({ length: claims }, (_, i) => [`${postId}-${i}`, claim(`${postId}-${i}`)]),
  ),
});

const postsBoard = (posts: BoardPost[]): PostsBoard => ({
  communityId: "c1",
  posts: Object.fromEntries(posts.map((p) => [p.postId, p])),
});

describe("places on posts", () => {
  it("given more claims than places, then no place is left and never fewer than none", () => {
    expect(placesLeft(post("p", 2, 3))).toBe(0);
  });

  it("given open, full and closed posts, then the open ones with places come first and closed ones are left out", () => {
    const board = postsBoard([post("b-full", 2, 2), post("a-free", 3, 1), post("c-closed", 5, 0, "closed")]);
    expect(openPosts(board).map((p) => p.postId)).toEqual(["a-free", "b-full"]);
    expect(placesOf(board)).toEqual({ places: 5, claimed: 3, open: 2 });
  });
});

describe("the love supermarket's day", () => {
  it("given a day with records and a day without, then the first reads its totals and the second zero", () => {
    const board = supermarket([]);
    board.days["2026-11-22"] = { donations: 2, intake: 5, money: 0, handouts: 1, handedOut: 2 };
    expect(supermarketDay(board, "2026-11-22").donations).toBe(2);
    expect(supermarketDay(board, "2026-11-23")).toEqual({
      donations: 0,
      intake: 0,
      money: 0,
      handouts: 0,
      handedOut: 0,
    });
  });
});
