import type { SqliteBoardStore } from "@cobuild/board-store";
import type { BoardSnapshot, MutableBoardSet } from "@cobuild/boards";

/**
 * What the boards held between batches may weigh when nobody says otherwise, counted as the length of
 * their stored JSON (parsed, they take a few times that in memory): enough for a city's busy boards while
 * a rebuild stays within a few hundred megabytes.
 */
export const DEFAULT_WORKING_BYTES = 24 * 1024 * 1024;

/** What remembering that a board does not exist costs, counted like a board's JSON. */
const ABSENT_BYTES = 64;

interface Held {
  /** Undefined: the file has no such board (a memory nothing was remembered in yet, say). */
  board: BoardSnapshot | undefined;
  /** The batch that last used it: stamping is cheaper per read than reordering a Map. */
  batch: number;
  bytes: number;
}

/**
 * The projector's own copies of the boards, changed in place by projections. Boards a batch touched
 * are dirty until the batch commits; the rest are a cache, bounded by the size of their JSON (a
 * community's live board weighs as much as fifty people's records) and evicted least recently used
 * first, so a rebuild of a city's log holds its busy boards, not all of them. Boards found missing are
 * remembered as missing too: a rebuild asks for many that no event has created yet. After a failed commit
 * the dirty copies are thrown away, since they are ahead of the file.
 */
export class WorkingBoards implements MutableBoardSet {
  private readonly held = new Map<string, Held>();
  private readonly dirty = new Map<string, BoardSnapshot>();
  private heldBytes = 0;
  private batch = 0;

  constructor(
    private readonly store: SqliteBoardStore,
    private readonly maxBytes = DEFAULT_WORKING_BYTES,
  ) {}

  get(boardId: string): BoardSnapshot | undefined {
    const held = this.held.get(boardId);
    if (held) {
      held.batch = this.batch;
      return held.board;
    }
    const loaded = this.store.load(boardId);
    this.hold(boardId, loaded?.board, loaded?.bytes ?? ABSENT_BYTES);
    return loaded?.board;
  }

  add(board: BoardSnapshot): void {
    // Its size is known once it is written; until then it counts as the empty slot it replaces.
    this.hold(board.boardId, board, this.held.get(board.boardId)?.bytes ?? ABSENT_BYTES);
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

  /** What the held boards weigh (their JSON's length when last read or written). */
  bytes(): number {
    return this.heldBytes;
  }

  /**
   * The changes are in the file now, `written[i]` being the JSON length of `changed()[i]`: keep the copies
   * as clean and trim the cache to its bound, least recently used batches first. Trimming goes a tenth
   * below the bound, so it runs once in many batches.
   */
  committed(written: readonly number[] = []): void {
    let index = 0;
    for (const boardId of this.dirty.keys()) {
      const held = this.held.get(boardId);
      const bytes = written[index++];
      if (held && bytes !== undefined) {
        this.heldBytes += bytes - held.bytes;
        held.bytes = bytes;
      }
    }
    this.dirty.clear();
    this.batch++;
    if (this.heldBytes <= this.maxBytes) return;
    const byAge = [...this.held].sort((a, b) => a[1].batch - b[1].batch);
    const target = Math.floor(this.maxBytes * 0.9);
    for (const [boardId, held] of byAge) {
      if (this.heldBytes <= target) break;
      this.held.delete(boardId);
      this.heldBytes -= held.bytes;
    }
  }

  /** The changes never reached the file: forget the changed copies so they are read again from it. */
  discard(): void {
    for (const boardId of this.dirty.keys()) this.drop(boardId);
    this.dirty.clear();
    this.batch++;
  }

  /** Another process wrote the file: every copy may be stale. */
  clear(): void {
    this.held.clear();
    this.dirty.clear();
    this.heldBytes = 0;
  }

  private hold(boardId: string, board: BoardSnapshot | undefined, bytes: number): void {
    this.drop(boardId);
    this.held.set(boardId, { board, batch: this.batch, bytes });
    this.heldBytes += bytes;
  }

  private drop(boardId: string): void {
    const held = this.held.get(boardId);
    if (!held) return;
    this.held.delete(boardId);
    this.heldBytes -= held.bytes;
  }
}
