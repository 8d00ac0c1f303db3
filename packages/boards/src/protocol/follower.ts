import { followDelta } from "./follow.ts";
import type { BoardDelta, BoardSnapshot } from "./messages.ts";

/**
 * A client's view of one board: the snapshot it holds, plus deltas that arrived before the snapshot
 * did (the server may send a delta and then a slightly older snapshot). Pure, so it is easy to test.
 */
export interface FollowerState<Data> {
  board?: BoardSnapshot<Data>;
  early: BoardDelta[];
}

export interface FollowerStep<Data> {
  state: FollowerState<Data>;
  /** True when a version is missing: the caller must fetch a fresh snapshot. */
  resync: boolean;
}

/** Bounds the early buffer; past it, a fresh snapshot is cheaper than replaying. */
const MAX_EARLY = 200;

export const emptyFollower = <Data>(): FollowerState<Data> => ({ early: [] });

const replay = <Data>(board: BoardSnapshot<Data>, deltas: readonly BoardDelta[]): FollowerStep<Data> => {
  let current = board;
  for (const delta of [...deltas].sort((a, b) => a.version - b.version)) {
    const outcome = followDelta(current, delta);
    if (outcome.status === "gap") return { state: { board: current, early: [] }, resync: true };
    if (outcome.status === "applied") current = outcome.board;
  }
  return { state: { board: current, early: [] }, resync: false };
};

export function receiveSnapshot<Data>(
  state: FollowerState<Data>,
  snapshot: BoardSnapshot<Data>,
): FollowerStep<Data> {
  // A snapshot older than what we already hold adds nothing; keep the newer board.
  const base = state.board && state.board.version > snapshot.version ? state.board : snapshot;
  return replay(base, state.early);
}

export function receiveDelta<Data>(state: FollowerState<Data>, delta: BoardDelta): FollowerStep<Data> {
  if (!state.board) {
    const early = [...state.early, delta];
    return { state: { early: early.slice(-MAX_EARLY) }, resync: early.length > MAX_EARLY };
  }
  const outcome = followDelta(state.board, delta);
  if (outcome.status === "applied") return { state: { board: outcome.board, early: [] }, resync: false };
  return { state, resync: outcome.status === "gap" };
}
