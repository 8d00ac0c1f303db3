import type { BoardReader, BoardSnapshot } from "@cobuild/boards";
import type Database from "better-sqlite3";
import { openBoardsFile, readCheckpoint, readComplete } from "./boards-file.ts";
import { VersionedBoardReader } from "./versioned-reader.ts";

/**
 * A reader of a boards file that another process writes (the API and gateway processes when the
 * projector runs on its own, or an older boards version still serving while a new one is built).
 */
export class SqliteBoardReader implements BoardReader {
  private readonly db: Database.Database;
  private readonly reader: VersionedBoardReader;

  constructor(path: string) {
    this.db = openBoardsFile(path);
    this.reader = new VersionedBoardReader(this.db);
  }

  async getBoard(boardId: string): Promise<BoardSnapshot | undefined> {
    return this.reader.read(boardId);
  }

  /** How far the projector that writes this file has got (see SqliteBoardStore.checkpoint). */
  checkpoint(name: string): number {
    return readCheckpoint(this.db, name);
  }

  /** Whether the boards in this file were once complete (caught up with the log). */
  isComplete(): boolean {
    return readComplete(this.db);
  }

  close(): void {
    this.db.close();
  }
}
