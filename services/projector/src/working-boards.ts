import type { SqliteBoardStore } from "@cobuild/board-store";
import type { BoardSnapshot, MutableBoardSet } from "@cobuild/boards";

/** Boards held in memory between batches when nobody says otherwise: enough for a city's busy boards. */
export const DEFAULT_MAX_WORKING_BOARDS = 20_000;

/**
 * The projector's own copies of the boards, changed in place by projections. Boards a batch touched
 * are dirty until the batch commits; the rest are a cache, bounded by count and evicted least recently
 * used first, so a rebuild of a city's log holds its busy boards, not all of them. After a failed commit
 * the dirty copies are thrown away, since they are ahead of the file.
 */
export class WorkingBoards implements MutableBoardSet {
  /** Each board with the batch that last used it: stamping is cheaper per read than reordering a Map. */
  private readonly held = new Map<string, { board: BoardSnapshot; batch: number }>();
  private readonly dirty = new Map<string, BoardSnapshot>();
  private batch = 0;

  constructor(
    private readonly store: SqliteBoardStore,
    private readonly maxHeld = DEFAULT_MAX_WORKING_BOARDS,
  ) {}

  get(boardId: string): BoardSnapshot | undefined {
    const held = this.held.get(boardId);
    if (held) {
      held.batch = this.batch;
      return held.board;
    }
    const loaded = this.store.load(boardId);
    if (loaded) this.held.set(boardId, { board: loaded, batch: this.batch });
    return loaded;
  }

  add(board: BoardSnapshot): void {
    this.held.set(board.boardId, { board, batch: this.batch });
  }

  touched(board: BoardSnapshot): void {
    this.dirty.set(board.boardId, board);
  }

  /** Boards changed since the last commit (or discard). */
  changed(): BoardSnapshot[] {
    return [...this.dirty.values()];
  }

  /** How many boards the batch has changed so far. */
  changedCount(): number {
    return this.dirty.size;
  }

  /**
   * The changes are in the file now: keep the copies as clean and trim the cache to its bound, least
   * recently used batches first. Trimming goes a tenth below the bound, so it runs once in many batches.
   */
  committed(): void {
    this.dirty.clear();
    this.batch++;
    if (this.held.size <= this.maxHeld) return;
    const byAge = [...this.held].sort((a, b) => a[1].batch - b[1].batch);
    const excess = this.held.size - Math.floor(this.maxHeld * 0.9);
    for (const [boardId] of byAge.slice(0, excess)) this.held.delete(boardId);
  }

  /** The changes never reached the file: forget the changed copies so they are read again from it. */
  discard(): void {
    for (const boardId of this.dirty.keys()) this.held.delete(boardId);
    this.dirty.clear();
    this.batch++;
  }

  /** Another process wrote the file: every copy may be stale. */
  clear(): void {
    this.held.clear();
    this.dirty.clear();
  }
}
