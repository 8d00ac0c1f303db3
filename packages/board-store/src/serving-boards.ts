import type { BoardReader, BoardSnapshot } from "@cobuild/boards";

/**
 * The boards a process serves, switchable at once: while a new boards version is built in the
 * background the previous one keeps answering, and the moment the new one has caught up every reader
 * moves to it in one assignment (no request ever sees a mix of the two).
 */
export class ServingBoards implements BoardReader {
  constructor(private current: BoardReader) {}

  getBoard(boardId: string): Promise<BoardSnapshot | undefined> {
    return this.current.getBoard(boardId);
  }

  /** Serves from `next` from now on; returns the reader it replaced (for its owner to close). */
  switchTo(next: BoardReader): BoardReader {
    const previous = this.current;
    this.current = next;
    return previous;
  }

  /** Whether `reader` is the one serving now. */
  isServing(reader: BoardReader): boolean {
    return this.current === reader;
  }
}
