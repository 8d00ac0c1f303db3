import { describe, expect, it } from "vitest";
import { followDelta } from "./follow.ts";

const board = { boardId: "community:c1", version: 3, data: { count: 3 } };

describe("following a board's deltas", () => {
  it("given version 3, when delta 4 arrives, then it is applied", () => {
    const outcome = followDelta(board, {
      boardId: "community:c1",
      version: 4,
      ops: [{ op: "set", path: ["count"], value: 4 }],
    });
    expect(outcome).toEqual({
      status: "applied",
      board: { boardId: "community:c1", version: 4, data: { count: 4 } },
    });
  });

  it("given version 3, when delta 3 or older arrives, then it is stale and ignored", () => {
    expect(followDelta(board, { boardId: "community:c1", version: 3, ops: [] })).toEqual({ status: "stale" });
  });

  it("given version 3, when delta 5 arrives, then a gap is reported", () => {
    expect(followDelta(board, { boardId: "community:c1", version: 5, ops: [] })).toEqual({ status: "gap" });
  });

  it("given another board's delta, then it is ignored", () => {
    expect(followDelta(board, { boardId: "community:c2", version: 4, ops: [] })).toEqual({ status: "stale" });
  });

  it("given version 3, when a merged delta from 3 to 6 arrives, then all of it is applied", () => {
    const outcome = followDelta(board, {
      boardId: "community:c1",
      version: 6,
      from: 3,
      ops: [{ op: "set", path: ["count"], value: 6 }],
    });
    expect(outcome).toEqual({
      status: "applied",
      board: { boardId: "community:c1", version: 6, data: { count: 6 } },
    });
  });

  it("given version 3, when a merged delta from 2 to 5 arrives, then it is a gap, never applied in part", () => {
    expect(followDelta(board, { boardId: "community:c1", version: 5, from: 2, ops: [] })).toEqual({
      status: "gap",
    });
  });
});
