import { describe, expect, it } from "vitest";
import { emptyFollower, receiveDelta, receiveSnapshot } from "./follower.ts";
import type { BoardDelta } from "./messages.ts";

type Counter = { count: number };
const delta = (version: number): BoardDelta => ({
  boardId: "community:c1",
  version,
  ops: [{ op: "set", path: ["count"], value: version }],
});
const snapshot = (version: number) => ({ boardId: "community:c1", version, data: { count: version } });

describe("a client following a board", () => {
  it("given no snapshot yet, when a delta arrives and then an older snapshot, then the delta is applied on top", () => {
    const early = receiveDelta(emptyFollower<Counter>(), delta(6));
    expect(early.resync).toBe(false);
    const step = receiveSnapshot(early.state, snapshot(5));
    expect(step).toEqual({ state: { board: snapshot(6), early: [] }, resync: false });
  });

  it("given an early delta already inside the snapshot, when the snapshot arrives, then it is not applied twice", () => {
    const early = receiveDelta(emptyFollower<Counter>(), delta(5));
    expect(receiveSnapshot(early.state, snapshot(5)).state.board).toEqual(snapshot(5));
  });

  it("given early deltas with a hole before them, when the snapshot arrives, then a resync is asked for", () => {
    const early = receiveDelta(emptyFollower<Counter>(), delta(8));
    expect(receiveSnapshot(early.state, snapshot(5)).resync).toBe(true);
  });

  it("given a board at version 5, when delta 7 arrives, then a resync is asked for and the board is kept", () => {
    const held = receiveSnapshot(emptyFollower<Counter>(), snapshot(5)).state;
    expect(receiveDelta(held, delta(7))).toEqual({ state: held, resync: true });
  });

  it("given a board at version 5, when delta 6 arrives, then it is applied", () => {
    const held = receiveSnapshot(emptyFollower<Counter>(), snapshot(5)).state;
    expect(receiveDelta(held, delta(6)).state.board).toEqual(snapshot(6));
  });

  it("given a newer board, when an older snapshot arrives late, then the newer board is kept", () => {
    const held = receiveSnapshot(emptyFollower<Counter>(), snapshot(9)).state;
    expect(receiveSnapshot(held, snapshot(7)).state.board).toEqual(snapshot(9));
  });
});
