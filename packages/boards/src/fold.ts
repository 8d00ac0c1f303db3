import type { BoardProjection, ProjectedEvent, ProjectionContext } from "./projection.ts";
import { boardIdOf } from "./projection.ts";
import type { BoardDelta, BoardSnapshot } from "./protocol/messages.ts";
import { applyOps } from "./protocol/ops.ts";

/** Where a fold reads boards from and writes them to: the projector's working set, or a plain map. */
export interface BoardSet {
  get(boardId: string): BoardSnapshot | undefined;
  set(boardId: string, board: BoardSnapshot): void;
}

/**
 * Applies one event to every board it touches, projection by projection in the given order, and returns
 * the deltas. A later projection sees what earlier ones made of the same event (see ProjectionContext).
 */
export function projectEvent(
  projections: readonly BoardProjection[],
  event: ProjectedEvent,
  boards: BoardSet,
): BoardDelta[] {
  const context: ProjectionContext = {
    board: <Data>(id: string) => boards.get(id)?.data as Data | undefined,
  };
  const deltas: BoardDelta[] = [];
  for (const projection of projections) {
    for (const key of projection.keysFor(event, context)) {
      const boardId = boardIdOf(projection.kind, key);
      const board = boards.get(boardId) ?? { boardId, version: 0, data: projection.initial(key) };
      const ops = projection.project(board.data, event, context);
      if (ops.length === 0) continue;
      const next = { boardId, version: board.version + 1, data: applyOps(board.data, ops) };
      boards.set(boardId, next);
      deltas.push({ boardId, version: next.version, ops });
    }
  }
  return deltas;
}

/** Folds events through projections into fresh boards: what a rebuild from an empty store gives. */
export function foldBoards(
  projections: readonly BoardProjection[],
  events: Iterable<ProjectedEvent>,
): Map<string, BoardSnapshot> {
  const boards = new Map<string, BoardSnapshot>();
  for (const event of events) projectEvent(projections, event, boards);
  return boards;
}
