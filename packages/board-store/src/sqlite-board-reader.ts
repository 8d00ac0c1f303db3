import type { BoardReader, BoardSnapshot } from "@cobuild/boards";
import type Database from "better-sqlite3";
import { openBoardsFile, readBoard, readCheckpoint } from "./boards-file.ts";

/**
 * A reader of a boards file that another process writes (the API and gateway processes when the
 * projector runs on its own). Every read asks the file for the board's version, so it never serves a
 * board older than what is committed; the parsed board is kept until its version moves, so a busy board
 * is parsed once per change, not once per reader.
 */
export class SqliteBoardReader implements BoardReader {
  private readonly db: Database.Database;
  private readonly cache = new Map<string, BoardSnapshot>();
  private readonly versionOf: Database.Statement<[string], { version: number }>;

  constructor(path: string) {
    this.db = openBoardsFile(path);
    this.versionOf = this.db.prepare("SELECT version FROM boards WHERE board_id = ?");
  }

  async getBoard(boardId: string): Promise<BoardSnapshot | undefined> {
    const current = this.versionOf.get(boardId);
    if (!current) return undefined;
    const cached = this.cache.get(boardId);
    if (cached?.version === current.version) return cached;
    const snapshot = readBoard(this.db, boardId);
    if (snapshot) this.cache.set(boardId, snapshot);
    return snapshot;
  }

  /** How far the projector that writes this file has got (see SqliteBoardStore.checkpoint). */
  checkpoint(name: string): number {
    return readCheckpoint(this.db, name);
  }

  close(): void {
    this.db.close();
  }
}
