import type { BoardSnapshot } from "@cobuild/boards";
import type Database from "better-sqlite3";
import { readBoard } from "./boards-file.ts";

/** Boards parsed for readers, at most this many: the busy ones stay, a city's worth does not pile up. */
const MAX_CACHED = 2_000;

/**
 * Reads boards for those who serve them (HTTP, sockets). Every read asks the file for the board's
 * version, so it never serves a board older than what is committed; the parsed board is kept until its
 * version moves, so a busy board is parsed once per change, not once per reader. Readers get their own
 * objects, never the projector's working copies (which change in place).
 */
export class VersionedBoardReader {
  private readonly cache = new Map<string, BoardSnapshot>();
  private readonly versionOf: Database.Statement<[string], { version: number }>;

  constructor(private readonly db: Database.Database) {
    this.versionOf = db.prepare("SELECT version FROM boards WHERE board_id = ?");
  }

  read(boardId: string): BoardSnapshot | undefined {
    const current = this.versionOf.get(boardId);
    if (!current) return undefined;
    const cached = this.cache.get(boardId);
    if (cached?.version === current.version) {
      // Map order is the recency order: move the hit to the end.
      this.cache.delete(boardId);
      this.cache.set(boardId, cached);
      return cached;
    }
    const snapshot = readBoard(this.db, boardId);
    if (!snapshot) return undefined;
    this.cache.delete(boardId);
    this.cache.set(boardId, snapshot);
    if (this.cache.size > MAX_CACHED) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    return snapshot;
  }

  forget(): void {
    this.cache.clear();
  }
}
