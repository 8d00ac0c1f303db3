import type { BoardDelta, BoardSnapshot } from "./messages.ts";
import { applyOps } from "./ops.ts";

/** What a client should do with a delta, given the board version it holds. */
export type FollowOutcome<Data> =
  | { status: "applied"; board: BoardSnapshot<Data> }
  /** Already contained in what the client holds (e.g. sent while the snapshot was being taken). */
  | { status: "stale" }
  /** A version is missing: the client must ask for a fresh snapshot, never guess. */
  | { status: "gap" };

export function followDelta<Data>(board: BoardSnapshot<Data>, delta: BoardDelta): FollowOutcome<Data> {
  if (delta.boardId !== board.boardId || delta.version <= board.version) return { status: "stale" };
  // A merged delta that starts before what the client holds cannot be applied in part (ops such as
  // "unshift" are not idempotent): that is a gap too, and a snapshot settles it.
  if ((delta.from ?? delta.version - 1) !== board.version) return { status: "gap" };
  return {
    status: "applied",
    board: { boardId: board.boardId, version: delta.version, data: applyOps(board.data, delta.ops) },
  };
}
