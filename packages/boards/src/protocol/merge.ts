import type { BoardDelta } from "./messages.ts";

/**
 * Merges a run of one board's deltas into as few as possible: consecutive versions become one delta from
 * the first's base to the last's version, with the ops in order. A break in the versions starts a new
 * delta, so nothing is ever claimed that was not sent.
 */
export function mergeDeltas(deltas: readonly BoardDelta[]): BoardDelta[] {
  const merged: BoardDelta[] = [];
  for (const delta of deltas) {
    const last = merged.at(-1);
    const base = delta.from ?? delta.version - 1;
    if (last && last.boardId === delta.boardId && last.version === base) {
      merged[merged.length - 1] = {
        boardId: last.boardId,
        from: last.from ?? last.version - 1,
        version: delta.version,
        ops: [...last.ops, ...delta.ops],
      };
    } else merged.push(delta);
  }
  return merged;
}
