import { parseStoredEvent } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import {
  boardAfter,
  community,
  corrected,
  deltasOf,
  disputed,
  drafted,
  fulfilled,
  logged,
  reopened,
  school,
  signed,
  stored,
  verified,
} from "../testing/community-fixtures.ts";
import type { CommunityBoard } from "./board.ts";
import { communityBoardProjection as projection } from "./projection.ts";

const running = [community, school, drafted, signed] as const;

/** The data of a correction of `contributionId` from 1 to 1 tree, 8 people to 3. */
const correctedData = (contributionId: string) => {
  const event = corrected(
    contributionId,
    { quantity: 1, verification: "pending", participants: 8 },
    { quantity: 1, participants: 3 },
  );
  if (event.type !== "ContributionCorrected") throw new Error("not a correction");
  return event.data;
};
const trees = (board: CommunityBoard) => board.agreements.a1?.commitments.trees;
const feed = (board: CommunityBoard) =>
  board.recentContributions.map(({ contributionId, quantity, verification }) => ({
    contributionId,
    quantity,
    verification,
  }));

describe("the community live board: contributions", () => {
  it("given more contributions than the feed keeps, when they are logged, then the unit's count holds them all", () => {
    const many = Array.from({ length: 25 }, (_, i) => logged(`c${i}`, 1));
    const board = boardAfter(...running, ...many);
    expect(board.recentContributions).toHaveLength(20);
    expect(board.units["school-1"]?.contributions).toBe(25);
  });

  it("given a signed agreement, when contributions are logged, then logged sums exactly and the feed shows the newest first, pending", () => {
    const board = boardAfter(...running, logged("c1", 0.1), logged("c2", 0.2, 5));
    expect(trees(board)).toMatchObject({ logged: 0.3, verified: 0 });
    expect(feed(board)).toEqual([
      { contributionId: "c2", quantity: 0.2, verification: "pending" },
      { contributionId: "c1", quantity: 0.1, verification: "pending" },
    ]);
    expect(board.recentContributions[0]).toMatchObject({
      unitName: "光明小学",
      description: "植树",
      unitOfMeasure: "棵",
      participants: 5,
      date: "2025-03-12",
    });
    expect(board.totals).toEqual({ contributions: 2, participants: 13 });
  });

  it("given more contributions than the feed holds, then only the newest 20 are kept but every one is totalled", () => {
    const many = Array.from({ length: 25 }, (_, i) => logged(`c${i}`, 1));
    const board = boardAfter(...running, ...many);
    expect(board.recentContributions.map((c) => c.contributionId)).toEqual(
      Array.from({ length: 20 }, (_, i) => `c${24 - i}`),
    );
    expect(trees(board)?.logged).toBe(25);
    expect(board.totals.contributions).toBe(25);
  });

  it("given a logged contribution, when it is verified, then verified grows and the feed entry says verified", () => {
    const board = boardAfter(
      ...running,
      logged("c1", 0.1),
      logged("c2", 0.2),
      verified("c1", 0.1),
      verified("c2", 0.2),
    );
    expect(trees(board)).toMatchObject({ logged: 0.3, verified: 0.3 });
    expect(feed(board).map((c) => c.verification)).toEqual(["verified", "verified"]);
  });

  it("given a pending contribution, when it is disputed, then verified is untouched and the entry says disputed", () => {
    const board = boardAfter(
      ...running,
      logged("c1", 10),
      logged("c2", 5),
      verified("c2", 5),
      disputed("c1", 10, "pending"),
    );
    expect(trees(board)).toMatchObject({ logged: 15, verified: 5 });
    expect(feed(board)).toEqual([
      { contributionId: "c2", quantity: 5, verification: "verified" },
      { contributionId: "c1", quantity: 10, verification: "disputed" },
    ]);
  });

  it("given verified work, when it is disputed, then it leaves the verified total", () => {
    const board = boardAfter(
      ...running,
      logged("c1", 10.1),
      verified("c1", 10.1),
      logged("c2", 0.2),
      verified("c2", 0.2),
      disputed("c1", 10.1, "verified"),
    );
    expect(trees(board)).toMatchObject({ logged: 10.3, verified: 0.2 });
    expect(feed(board)[1]).toEqual({ contributionId: "c1", quantity: 10.1, verification: "disputed" });
  });

  it("given verified work, when it is corrected, then logged and verified drop the old quantity and the entry is pending with the new values", () => {
    const board = boardAfter(
      ...running,
      logged("c1", 10, 8),
      verified("c1", 10),
      logged("c2", 0.3, 2),
      corrected("c1", { quantity: 10, verification: "verified" }, { quantity: 7.7, participants: 6 }),
    );
    expect(trees(board)).toMatchObject({ logged: 8, verified: 0 });
    expect(board.recentContributions[1]).toMatchObject({
      contributionId: "c1",
      quantity: 7.7,
      participants: 6,
      date: "2025-03-13",
      note: "更正数量",
      verification: "pending",
    });
    expect(board.totals).toEqual({ contributions: 2, participants: 8 });
  });

  it("given a disputed contribution, when it is corrected, then the verified total is left alone", () => {
    const board = boardAfter(
      ...running,
      logged("c1", 10),
      logged("c2", 4),
      verified("c2", 4),
      disputed("c1", 10, "pending"),
      corrected("c1", { quantity: 10, verification: "disputed" }, { quantity: 9, participants: 8 }),
    );
    expect(trees(board)).toMatchObject({ logged: 13, verified: 4 });
    expect(board.totals.participants).toBe(16);
  });

  it("given a contribution that left the feed, when a correction that does not say how many took part before is projected, then totals follow the projection's memory of the contribution", () => {
    const board = boardAfter(...running, logged("c1", 10, 8));
    const off: CommunityBoard = { ...board, recentContributions: [] };
    const correction = stored(
      corrected("c1", { quantity: 10, verification: "pending" }, { quantity: 9, participants: 3 }),
    );
    // The engine remembers first: the memory then holds the count before this correction.
    expect(projection.project(off, correction, { now: 3, before: 8 })).toEqual([
      { op: "set", path: ["agreements", "a1", "commitments", "trees", "logged"], value: 9 },
      { op: "set", path: ["totals", "participants"], value: 3 },
    ]);
  });

  it("given a correction that says how many took part before, then the participant total follows the event", () => {
    const board = boardAfter(
      ...running,
      logged("c1", 10, 8),
      corrected(
        "c1",
        { quantity: 10, verification: "pending", participants: 8 },
        { quantity: 9, participants: 5 },
      ),
    );
    expect(board.totals.participants).toBe(5);
  });

  it("given 21 contributions, when the first is corrected by a version 1 event stored before corrections said how many took part before, then it is upcast and the participant total follows the board's own record", () => {
    const first = logged("c0", 1, 8);
    const rest = Array.from({ length: 20 }, (_, i) => logged(`c${i + 1}`, 1, 2));
    const { previousParticipants: _, ...version1 } = correctedData("c0");
    const correction = parseStoredEvent({
      id: "e-legacy",
      type: "ContributionCorrected",
      streamId: "agreement-a1",
      data: version1,
      meta: { schemaVersion: 1 },
    });
    if (correction.type !== "ContributionCorrected") throw new Error("not a correction");
    expect(correction.data.previousParticipants).toBeNull();
    const board = boardAfter(...running, first, ...rest, correction);
    expect(board.recentContributions.some((entry) => entry.contributionId === "c0")).toBe(false);
    expect(board.totals).toEqual({ contributions: 21, participants: 3 + 20 * 2 });
  });

  it("given enough verified work, when the commitment is struck off and then reopened, then fulfilledOn is set and cleared", () => {
    const struck = boardAfter(...running, logged("c1", 200), verified("c1", 200), fulfilled(200));
    expect(trees(struck)?.fulfilledOn).toBe("2025-05-20");
    const again = boardAfter(
      ...running,
      logged("c1", 200),
      verified("c1", 200),
      fulfilled(200),
      disputed("c1", 200, "verified"),
      reopened("c1", 0),
    );
    expect(trees(again)).toMatchObject({ fulfilledOn: null, verified: 0, logged: 200 });
  });

  it("given an agreement never seen, when work is logged, verified or corrected against it, then nothing is written", () => {
    expect(deltasOf([community, school], logged("c1", 1))).toEqual([]);
    expect(deltasOf([community, school], verified("c1", 1))).toEqual([]);
    expect(deltasOf([community, school], fulfilled(1))).toEqual([]);
  });

  it("given a commitment the agreement does not hold, when work is logged against it, then nothing is written", () => {
    expect(deltasOf([...running], logged("c1", 1, 1, "no-such-commitment"))).toEqual([]);
  });
});
