import type { BoardProjection, ProjectedEvent } from "./projection.ts";
import { boardIdOf } from "./projection.ts";
import type { BoardDelta, BoardSnapshot } from "./protocol/messages.ts";
import { applyOpsInPlace, type BoardOp, cloneJson, type OnPart } from "./protocol/ops.ts";

/** Where a fold reads boards from and writes them to: the projector's working set, or a plain map. */
export interface BoardSet {
  get(boardId: string): BoardSnapshot | undefined;
  set(boardId: string, board: BoardSnapshot): void;
}

/** The part of a stored event the engine reads before it knows which projections handle it. */
export interface FedEvent {
  type: string;
  data: unknown;
  streamId: string;
  position: number;
  occurredAt: string;
  actor?: string;
}

const handled = new WeakMap<BoardProjection, ReadonlySet<string>>();

/**
 * Whether a projection declared the event's type. The feed hands out events parsed with the domain's
 * schemas, so a declared type means the data is that type's.
 */
const handles = (projection: BoardProjection, event: FedEvent): event is ProjectedEvent => {
  let types = handled.get(projection);
  if (!types) {
    types = new Set(projection.handles);
    handled.set(projection, types);
  }
  return types.has(event.type);
};

/**
 * Applies one event to every board it touches and returns the deltas, leaving every snapshot the caller
 * holds as it was: the one engine (`projectEventInPlace`) runs on copies of the boards it reads, and the
 * changed copies go back into `boards`. Projections read no other board, so their order does not matter.
 */
export function projectEvent(
  projections: readonly BoardProjection[],
  event: FedEvent,
  boards: BoardSet,
): BoardDelta[] {
  const copies = new Map<string, BoardSnapshot>();
  const changed = new Set<BoardSnapshot>();
  const deltas: BoardDelta[] = [];
  const working: MutableBoardSet = {
    get: (boardId) => {
      const held = copies.get(boardId);
      if (held) return held;
      const stored = boards.get(boardId);
      if (!stored) return undefined;
      const copy = { ...stored, data: cloneJson(stored.data) };
      copies.set(boardId, copy);
      return copy;
    },
    add: (board) => void copies.set(board.boardId, board),
    touched: (board) => {
      changed.add(board);
      return undefined;
    },
  };
  projectEventInPlace(projections, event, working, (delta) => void deltas.push(delta));
  for (const board of changed) boards.set(board.boardId, board);
  return deltas;
}

/** Folds events through projections into fresh boards: what a rebuild from an empty store gives. */
export function foldBoards(
  projections: readonly BoardProjection[],
  events: Iterable<FedEvent>,
): Map<string, BoardSnapshot> {
  const boards = new Map<string, BoardSnapshot>();
  for (const event of events) projectEvent(projections, event, boards);
  return boards;
}

/** The projector's working boards: read for projection, changed in place, marked for the next commit. */
export interface MutableBoardSet {
  /** The board (loaded when not held), or undefined when it does not exist yet. */
  get(boardId: string): BoardSnapshot | undefined;
  /** A board that did not exist yet; from now on `get` returns this very object. */
  add(board: BoardSnapshot): void;
  /**
   * The board is about to be changed in place: it must be written at the next commit. Returns who hears
   * which parts the ops change, when the set stores boards in parts.
   */
  touched(board: BoardSnapshot): OnPart | undefined;
}

/**
 * `projectEvent` for the projector: boards are changed in place (no copy per op), and each change is
 * handed to `onDelta` (when given) at once, before later events change the same board, so a caller that
 * keeps deltas must serialise them there. A rebuild passes no `onDelta` and builds no deltas at all.
 */
export function projectEventInPlace(
  projections: readonly BoardProjection[],
  event: FedEvent,
  boards: MutableBoardSet,
  onDelta?: (delta: BoardDelta) => void,
): void {
  for (const projection of projections) {
    if (!handles(projection, event)) continue;
    const memory = rememberInPlace(projection, event, boards);
    for (const key of projection.keysFor(event, memory)) {
      const boardId = boardIdOf(projection.kind, key);
      let board = boards.get(boardId);
      const ops = projection.project(board?.data ?? projection.initial(key), event, memory);
      if (ops.length === 0) continue;
      if (!board) {
        board = { boardId, version: 0, data: projection.initial(key) };
        boards.add(board);
      }
      touch(boards, board, ops);
      onDelta?.({ boardId, version: board.version, ops });
    }
  }
}

/** `remember` for the projector's working boards: the memory is changed in place, and never sent. */
const rememberInPlace = (
  projection: BoardProjection,
  event: ProjectedEvent,
  boards: MutableBoardSet,
): unknown => {
  const memory = projection.memory;
  const key = memory?.keyFor(event);
  if (!memory || key === undefined) return undefined;
  const boardId = boardIdOf(memory.kind, key);
  let board = boards.get(boardId);
  const ops = memory.remember(board?.data ?? memory.initial(key), event);
  if (ops.length === 0) return board?.data ?? memory.initial(key);
  if (!board) {
    board = { boardId, version: 0, data: memory.initial(key) };
    boards.add(board);
  }
  touch(boards, board, ops);
  return board.data;
};

/** Applies the ops to the board in place, telling the set which parts they change. */
const touch = (boards: MutableBoardSet, board: BoardSnapshot, ops: readonly BoardOp[]): void => {
  board.version++;
  board.data = applyOpsInPlace(board.data, ops, boards.touched(board));
};
