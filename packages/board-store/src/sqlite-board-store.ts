import type { BoardDelta, BoardReader, BoardSnapshot, ChangedBoard, StoredAs } from "@cobuild/boards";
import type Database from "better-sqlite3";
import { type BoardParts, prepareBoard, type WrittenBoard } from "./board-parts.ts";
import {
  openBoardsFile,
  partsOf,
  readCheckpoint,
  readComplete,
  readGeneration,
  readSizedBoard,
} from "./boards-file.ts";
import { VersionedBoardReader } from "./versioned-reader.ts";

/** The boards file's checkpoint moved under this writer: another projector applied events meanwhile. */
export class BoardsMovedError extends Error {
  override readonly name = "BoardsMovedError";
  constructor(
    readonly checkpointName: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(
      `boards ${checkpointName}: expected checkpoint ${expected}, found ${actual} (another projector wrote them)`,
    );
  }
}

/** One commit of the projector: boards changed in place, the new checkpoint, and the deltas to publish. */
export interface BoardCommit {
  /** The checkpoint's name. */
  name: string;
  /** The checkpoint the writer believes is stored; the commit is refused if another process moved it. */
  previous: number;
  position: number;
  /** Boards to store: a snapshot is written whole, a changed board only in the parts it changed. */
  boards: readonly (BoardSnapshot | ChangedBoard)[];
  /** Deltas, as objects or already serialised (the projector serialises each when it is made). */
  deltas?: readonly (BoardDelta | string)[];
}

/**
 * The projector's side of the boards file: the one writer. Boards, the projector's checkpoint and the
 * deltas still to publish are written in one transaction, so after a crash the boards are exactly as of
 * the checkpoint (no event applied twice or skipped) and every change is still on its way to the
 * gateways. The file is synced on every commit (synchronous=FULL): a projector fed by a bus group has told
 * the bus it handled the events once the commit returned, so a commit lost in a power cut would never be
 * replayed. The store keeps no working copies: the projector holds those (see the projector's
 * WorkingBoards); readers get boards parsed per version.
 */
export class SqliteBoardStore implements BoardReader {
  private readonly db: Database.Database;
  private readonly reader: VersionedBoardReader;

  private readonly queueDelta: Database.Statement<[string]>;
  private readonly selectUnsent: Database.Statement<[number, number], { seq: number; delta: string }>;
  private readonly deleteSent: Database.Statement<[number]>;
  private readonly upsertBoard: Database.Statement<[string, number, string]>;
  private readonly parts: BoardParts;
  private readonly upsertCheckpoint: Database.Statement<[string, number]>;

  constructor(path: string) {
    this.db = openBoardsFile(path);
    this.parts = partsOf(this.db);
    this.reader = new VersionedBoardReader(this.db);
    this.queueDelta = this.db.prepare("INSERT INTO delta_outbox (delta) VALUES (?)");
    this.selectUnsent = this.db.prepare(
      "SELECT seq, delta FROM delta_outbox WHERE seq > ? ORDER BY seq LIMIT ?",
    );
    this.deleteSent = this.db.prepare("DELETE FROM delta_outbox WHERE seq <= ?");
    this.upsertBoard = this.db.prepare(
      "INSERT INTO boards (board_id, version, data) VALUES (?, ?, ?) " +
        "ON CONFLICT (board_id) DO UPDATE SET version = excluded.version, data = excluded.data",
    );
    this.upsertCheckpoint = this.db.prepare(
      "INSERT INTO checkpoints (name, position) VALUES (?, ?) " +
        "ON CONFLICT (name) DO UPDATE SET position = excluded.position",
    );
  }

  /**
   * Whether every commit waits for the disk (the default). A projector building new boards from the log
   * itself may turn it off: WAL with synchronous=NORMAL never corrupts the file, and a power cut can only
   * roll the boards back to an earlier checkpoint together with their changes, which the log then replays.
   * A projector fed by a bus group must keep it on (see above).
   */
  syncEveryCommit(on: boolean): void {
    this.db.pragma(`synchronous = ${on ? "FULL" : "NORMAL"}`);
  }

  async getBoard(boardId: string): Promise<BoardSnapshot | undefined> {
    return this.reader.read(boardId);
  }

  /** The board as stored (a reader's copy: never change it). */
  read(boardId: string): BoardSnapshot | undefined {
    return this.reader.read(boardId);
  }

  /**
   * The board as stored, parsed afresh: an object the caller owns and may change in place, with the length
   * of its stored JSON.
   */
  load(boardId: string): { board: BoardSnapshot; bytes: number; stored: StoredAs } | undefined {
    return readSizedBoard(this.db, boardId);
  }

  /** The last log position whose effects the boards contain; 0 before anything was projected. */
  checkpoint(name: string): number {
    return readCheckpoint(this.db, name);
  }

  /**
   * Stores changed boards and the new checkpoint atomically, if the stored checkpoint is still
   * `previous`. Otherwise another projector process wrote to this file since this one last looked (a
   * standby that took over while this one stalled): nothing is written and `BoardsMovedError` says where
   * the boards now are, so the caller re-applies only what they lack. Returns what was written of each
   * board, in the order given.
   */
  commit(change: BoardCommit): WrittenBoard[] {
    const { name, previous, position, boards, deltas = [] } = change;
    // Serialised before the transaction: the write lock is held for the writes alone.
    const prepared = boards.map((given) => {
      const changed = "board" in given ? given : { board: given };
      return { board: changed.board, ...prepareBoard(changed) };
    });
    const texts = deltas.map((delta) => (typeof delta === "string" ? delta : JSON.stringify(delta)));
    this.db
      .transaction(() => {
        const stored = readCheckpoint(this.db, name);
        if (stored !== previous) throw new BoardsMovedError(name, previous, stored);
        for (const { board, row, writes } of prepared) {
          this.upsertBoard.run(board.boardId, board.version, row);
          this.parts.write(writes);
        }
        this.upsertCheckpoint.run(name, position);
        for (const text of texts) this.queueDelta.run(text);
        // IMMEDIATE: take the write lock before reading the checkpoint, so a second projector process waits
        // here and then sees the moved checkpoint, instead of failing at the first write.
      })
      .immediate();
    return prepared.map(({ written }) => written);
  }

  /** Records that the boards once caught up with the log: from now on they may serve in place of older ones. */
  markComplete(): void {
    this.db.prepare("INSERT OR IGNORE INTO file_meta (key, value) VALUES ('complete', '1')").run();
  }

  /** Whether `markComplete` was ever called on this file. */
  isComplete(): boolean {
    return readComplete(this.db);
  }

  /** Drops the parsed boards: another process has written the file since they were read. */
  forget(): void {
    this.reader.forget();
  }

  /** Deltas committed with their boards and not yet deleted, after `after`, oldest first. */
  unsentDeltas(limit = 500, after = 0): { seq: number; delta: BoardDelta }[] {
    return this.selectUnsent.all(after, limit).map((row) => ({ seq: row.seq, delta: JSON.parse(row.delta) }));
  }

  /** The bus has taken every delta up to `seq`: deletes them (one transaction for the whole range). */
  markSent(seq: number): void {
    this.deleteSent.run(seq);
  }

  /**
   * Names this boards file for as long as it lives: projector processes sharing the file share a consumer
   * group named after it, and a new file (deleted, or a new boards version) gets a new group, which the
   * bus starts at the beginning of the relayed log, so the new boards are rebuilt from every event.
   */
  generation(): string {
    return readGeneration(this.db);
  }

  /** Every stored board as JSON text, for comparing a rebuild with the live result. */
  dump(): { boardId: string; version: number; data: string }[] {
    const ids = this.db.prepare("SELECT board_id FROM boards ORDER BY board_id").pluck().all() as string[];
    return ids.map((boardId) => {
      const { board } = readSizedBoard(this.db, boardId)!;
      return { boardId, version: board.version, data: JSON.stringify(board.data) };
    });
  }

  close(): void {
    this.db.close();
  }
}
