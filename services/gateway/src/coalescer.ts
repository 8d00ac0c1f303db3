import { type BoardDelta, mergeDeltas } from "@cobuild/boards";

export interface CoalescerOptions {
  /**
   * Sends one (possibly merged) delta to the board's watchers; `parts` are the deltas it was merged from,
   * for a watcher whose snapshot lies inside the merged range and so needs only the later ones.
   */
  emit(delta: BoardDelta, parts: readonly BoardDelta[]): void;
  /** At most one message per board per window; the first delta after a quiet spell goes at once. */
  windowMs: number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
}

/**
 * Holds back a busy board's deltas: a lone change is sent at once, but changes that follow it within
 * the window wait and go out merged into one delta when the window ends. A meeting room watching a
 * board during a burst of 200 contributions gets a few messages, not 200.
 */
export class DeltaCoalescer {
  private readonly pending = new Map<string, BoardDelta[]>();
  private readonly lastSent = new Map<string, number>();
  private readonly now: () => number;
  private readonly setTimer: (run: () => void, ms: number) => unknown;

  constructor(private readonly options: CoalescerOptions) {
    this.now = options.now ?? Date.now;
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms).unref());
  }

  push(delta: BoardDelta): void {
    const waiting = this.pending.get(delta.boardId);
    if (waiting) {
      waiting.push(delta);
      return;
    }
    const since = this.now() - (this.lastSent.get(delta.boardId) ?? Number.NEGATIVE_INFINITY);
    if (since >= this.options.windowMs) {
      this.send(delta.boardId, [delta]);
      return;
    }
    this.pending.set(delta.boardId, [delta]);
    this.setTimer(() => this.flush(delta.boardId), this.options.windowMs - since);
  }

  /** Sends whatever waits now (on shutdown, so nothing held back is lost). */
  flushAll(): void {
    for (const boardId of [...this.pending.keys()]) this.flush(boardId);
  }

  private flush(boardId: string): void {
    const waiting = this.pending.get(boardId);
    this.pending.delete(boardId);
    if (waiting) this.send(boardId, waiting);
  }

  private send(boardId: string, deltas: BoardDelta[]): void {
    this.lastSent.set(boardId, this.now());
    for (const merged of mergeDeltas(deltas)) {
      const from = merged.from ?? merged.version - 1;
      this.options.emit(
        merged,
        deltas.filter((d) => d.version > from && d.version <= merged.version),
      );
    }
  }
}
