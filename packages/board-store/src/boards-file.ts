import { randomUUID } from "node:crypto";
import type { BoardSnapshot, StoredAs } from "@cobuild/boards";
import Database from "better-sqlite3";
import { BoardParts, PARTS_SCHEMA } from "./board-parts.ts";

/**
 * `boards` holds each board's version and, for a small board, its JSON; a big board's `data` is empty and
 * its parts are in the parts tables (see board-parts.ts). Files written before boards could be stored in
 * parts are read the same way (every board whole), never written.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS boards (
    board_id TEXT PRIMARY KEY,
    version  INTEGER NOT NULL,
    data     TEXT NOT NULL
  );${PARTS_SCHEMA}
  CREATE TABLE IF NOT EXISTS checkpoints (
    name     TEXT PRIMARY KEY,
    position INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS delta_outbox (
    seq   INTEGER PRIMARY KEY AUTOINCREMENT,
    delta TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS file_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
`;

/**
 * Opens (creating when missing) the boards file. WAL lets the API and gateway processes read while the
 * projector writes; why every commit is synced: see SqliteBoardStore.
 */
export function openBoardsFile(path: string): Database.Database {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  db.exec(SCHEMA);
  // The first opener names the file; INSERT OR IGNORE keeps that name when processes open it at once.
  db.prepare("INSERT OR IGNORE INTO file_meta (key, value) VALUES ('generation', ?)").run(randomUUID());
  return db;
}

const parts = new WeakMap<Database.Database, BoardParts>();
/** The parts tables' statements of a connection, prepared once. */
export function partsOf(db: Database.Database): BoardParts {
  let found = parts.get(db);
  if (!found) {
    found = new BoardParts(db);
    parts.set(db, found);
  }
  return found;
}

/**
 * Statements of the per-read helpers below, prepared once per connection: a projector catching up reads a
 * board for every first touch and the checkpoint for every commit, and preparing each time cost more than
 * the read.
 */
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function statement(db: Database.Database, sql: string): Database.Statement {
  let statements = prepared.get(db);
  if (statements === undefined) {
    statements = new Map();
    prepared.set(db, statements);
  }
  let found = statements.get(sql);
  if (found === undefined) {
    found = db.prepare(sql);
    statements.set(sql, found);
  }
  return found;
}

/** The last log position whose effects the boards contain; 0 before anything was projected. */
export function readCheckpoint(db: Database.Database, name: string): number {
  const row = statement(db, "SELECT position FROM checkpoints WHERE name = ?").get(name) as
    | { position: number }
    | undefined;
  return row?.position ?? 0;
}

/** Whether a projector has once caught up with the log's head in this file (see SqliteBoardStore.markComplete). */
export function readComplete(db: Database.Database): boolean {
  return db.prepare("SELECT value FROM file_meta WHERE key = 'complete'").get() !== undefined;
}

/** The random name given to the file when it was created (see SqliteBoardStore.generation). */
export function readGeneration(db: Database.Database): string {
  const row = db.prepare("SELECT value FROM file_meta WHERE key = 'generation'").get() as { value: string };
  return row.value;
}

/** One stored board, parsed; undefined when the file has none by that id. */
export function readBoard(db: Database.Database, boardId: string): BoardSnapshot | undefined {
  return readSizedBoard(db, boardId)?.board;
}

/** One stored board, parsed, with the length of its stored JSON (what holding it costs, roughly). */
export function readSizedBoard(
  db: Database.Database,
  boardId: string,
): { board: BoardSnapshot; bytes: number; stored: StoredAs } | undefined {
  const row = statement(db, "SELECT version, data FROM boards WHERE board_id = ?").get(boardId) as
    | { version: number; data: string }
    | undefined;
  if (!row) return undefined;
  // A board is whole in its row, or (an empty row) in the parts tables: see prepareBoard.
  if (row.data !== "") {
    const board = { boardId, version: row.version, data: JSON.parse(row.data) };
    return { board, bytes: row.data.length, stored: "whole" };
  }
  const { data, bytes } = partsOf(db).read(boardId);
  return { board: { boardId, version: row.version, data }, bytes, stored: "parts" };
}
