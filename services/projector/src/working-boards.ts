import type { SqliteBoardStore, WrittenBoard } from "@cobuild/board-store";
import {
  BoardChanges,
  type BoardSnapshot,
  type ChangedBoard,
  type MutableBoardSet,
  type OnPart,
  type StoredAs,
} from "@cobuild/boards";

/**
 * What the boards held between batches may weigh when nobody says otherwise, counted as the length of
 * their stored JSON (parsed, they take a few times that in memory): enough for a city's busy boards while
 * a rebuild stays within a few hundred megabytes.
 */
export const DEFAULT_WORKING_BYTES = 24 * 1024 * 1024;

/**
 * The bound while boards are built and nobody is served from them: a rebuild walks the whole city once,
 * so a big cache buys few hits, and the garbage collector then has a third of the heap to walk (a 1M-event
 * rebuild peaked at 548 MiB with 24 MiB, 419 MiB with 8, at the same speed).
 */
export const BUILDING_WORKING_BYTES = 8 * 1024 * 1024;

/** What remembering that a board does not exist costs, counted like a board's JSON. */
const ABSENT_BYTES = 64;

interface Held {
  /** Undefined: the file has no such board (a memory nothing was remembered in yet, say). */
  board: BoardSnapshot | undefined;
  /** How the file holds it (what the next commit must write depends on it). */
  stored: StoredAs;
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
  private readonly dirty = new Map<string, ChangedBoard & { changes: BoardChanges }>();
  private heldBytes = 0;
  private batch = 0;

  constructor(
    private readonly store: SqliteBoardStore,
    private maxBytes = DEFAULT_WORKING_BYTES,
  ) {}

  /** Sets a new bound, kept from the next commit on. */
  bound(maxBytes: number): void {
    this.maxBytes = maxBytes;
  }

  get(boardId: string): BoardSnapshot | undefined {
    const held = this.held.get(boardId);
    if (held) {
      held.batch = this.batch;
      return held.board;
    }
    const loaded = this.store.load(boardId);
    this.hold(boardId, loaded?.board, loaded?.bytes ?? ABSENT_BYTES, loaded?.stored ?? "none");
    return loaded?.board;
  }

  add(board: BoardSnapshot): void {
    // Its size is known once it is written; until then it counts as the empty slot it replaces.
    const slot = this.held.get(board.boardId);
    this.hold(board.boardId, board, slot?.bytes ?? ABSENT_BYTES, slot?.stored ?? "none");
    // Not in the file: all of it is written, whatever the ops touched.
    this.changesOf(board).whole = true;
  }

  touched(board: BoardSnapshot): OnPart {
    return this.changesOf(board).note;
  }

  private changesOf(board: BoardSnapshot): BoardChanges {
    let dirty = this.dirty.get(board.boardId);
    if (!dirty || dirty.board !== board) {
      dirty = { board, changes: new BoardChanges() };
      this.dirty.set(board.boardId, dirty);
    }
    return dirty.changes;
  }

  /** Boards changed since the last commit (or discard), with the parts that changed. */
  changed(): ChangedBoard[] {
    return [...this.dirty.values()].map((dirty) => ({
      ...dirty,
      stored: this.held.get(dirty.board.boardId)?.stored,
    }));
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
   * The changes are in the file now, `written[i]` being what the store wrote of `changed()[i]` (see
   * SqliteBoardStore.commit): keep the copies as clean and trim the cache to its bound, least recently
   * used batches first. Trimming goes a tenth below the bound, so it runs once in many batches.
   */
  committed(written: readonly WrittenBoard[] = []): void {
    let index = 0;
    for (const boardId of this.dirty.keys()) {
      const held = this.held.get(boardId);
      const size = written[index++];
      if (held && size !== undefined) {
        // A board written in part grows by its new parts (what parts rewritten in place gained or lost
        // is not counted: an estimate, as the bound is).
        const bytes = size.whole ? size.bytes : held.bytes + size.bytes;
        this.heldBytes += bytes - held.bytes;
        held.bytes = bytes;
        held.stored = size.stored;
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

  private hold(boardId: string, board: BoardSnapshot | undefined, bytes: number, stored: StoredAs): void {
    this.drop(boardId);
    this.held.set(boardId, { board, stored, batch: this.batch, bytes });
    this.heldBytes += bytes;
  }

  private drop(boardId: string): void {
    const held = this.held.get(boardId);
    if (!held) return;
    this.held.delete(boardId);
    this.heldBytes -= held.bytes;
  }
}
