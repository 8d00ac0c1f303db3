import type { BoardDelta, BoardReader, BoardSnapshot } from "@cobuild/boards";
import type Database from "better-sqlite3";
import { openBoardsFile, readBoard, readCheckpoint, readGeneration } from "./boards-file.ts";

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

/**
 * The projector's side of the boards file: the one writer, with a cache of the boards it wrote.
 * Boards, the projector's checkpoint and the deltas still to publish are written in one transaction, so
 * after a crash the boards are exactly as of the checkpoint (no event applied twice or skipped) and every
 * change is still on its way to the gateways. The file is synced on every commit (synchronous=FULL): a
 * projector fed by a bus group has told the bus it handled the events once the commit returned, so a commit
 * lost in a power cut would never be replayed.
 */
export class SqliteBoardStore implements BoardReader {
  private readonly db: Database.Database;
  /** Boards read or written so far, so snapshots and projection need no parse per event. */
  private readonly cache = new Map<string, BoardSnapshot>();

  private readonly queueDelta: Database.Statement<[string]>;
  private readonly selectUnsent: Database.Statement<[number], { seq: number; delta: string }>;
  private readonly deleteSent: Database.Statement<[number]>;

  constructor(path: string) {
    this.db = openBoardsFile(path);
    this.queueDelta = this.db.prepare("INSERT INTO delta_outbox (delta) VALUES (?)");
    this.selectUnsent = this.db.prepare("SELECT seq, delta FROM delta_outbox ORDER BY seq LIMIT ?");
    this.deleteSent = this.db.prepare("DELETE FROM delta_outbox WHERE seq <= ?");
  }

  async getBoard(boardId: string): Promise<BoardSnapshot | undefined> {
    return this.read(boardId);
  }

  /** The board as stored, from the cache when possible. */
  read(boardId: string): BoardSnapshot | undefined {
    const cached = this.cache.get(boardId);
    if (cached) return cached;
    const snapshot = readBoard(this.db, boardId);
    if (snapshot) this.cache.set(boardId, snapshot);
    return snapshot;
  }

  /** The last log position whose effects the boards contain; 0 before anything was projected. */
  checkpoint(name: string): number {
    return readCheckpoint(this.db, name);
  }

  /**
   * Stores changed boards and the new checkpoint atomically, if the stored checkpoint is still `previous`.
   * Otherwise another projector process wrote to this file since this one last looked (a standby that took
   * over while this one stalled): nothing is written, the cache is dropped, and `BoardsMovedError` says
   * where the boards now are, so the caller re-applies only what they lack.
   */
  commit(
    name: string,
    previous: number,
    position: number,
    boards: readonly BoardSnapshot[],
    deltas: readonly BoardDelta[] = [],
  ): void {
    const upsertBoard = this.db.prepare(
      "INSERT INTO boards (board_id, version, data) VALUES (?, ?, ?) " +
        "ON CONFLICT (board_id) DO UPDATE SET version = excluded.version, data = excluded.data",
    );
    const upsertCheckpoint = this.db.prepare(
      "INSERT INTO checkpoints (name, position) VALUES (?, ?) " +
        "ON CONFLICT (name) DO UPDATE SET position = excluded.position",
    );
    this.db
      .transaction(() => {
        const stored = readCheckpoint(this.db, name);
        if (stored !== previous) {
          this.cache.clear();
          throw new BoardsMovedError(name, previous, stored);
        }
        for (const board of boards) upsertBoard.run(board.boardId, board.version, JSON.stringify(board.data));
        upsertCheckpoint.run(name, position);
        for (const delta of deltas) this.queueDelta.run(JSON.stringify(delta));
        // IMMEDIATE: take the write lock before reading the checkpoint, so a second projector process waits
        // here and then sees the moved checkpoint, instead of failing at the first write.
      })
      .immediate();
    for (const board of boards) this.cache.set(board.boardId, board);
  }

  /** Drops the cached boards: another process has written the file since they were read. */
  forget(): void {
    this.cache.clear();
  }

  /** Deltas committed with their boards and not yet published, oldest first. */
  unsentDeltas(limit = 500): { seq: number; delta: BoardDelta }[] {
    return this.selectUnsent.all(limit).map((row) => ({ seq: row.seq, delta: JSON.parse(row.delta) }));
  }

  /** The bus has taken every delta up to `seq`. */
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
    return this.db
      .prepare("SELECT board_id AS boardId, version, data FROM boards ORDER BY board_id")
      .all() as {
      boardId: string;
      version: number;
      data: string;
    }[];
  }

  close(): void {
    this.db.close();
  }
}
