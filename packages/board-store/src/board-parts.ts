import {
  type BoardChanges,
  type ChangedBoard,
  isRecordValue,
  type PartWrite,
  type StoredAs,
  setOwn,
} from "@cobuild/boards";
import type Database from "better-sqlite3";

/**
 * The tables that hold boards in parts (see BoardChanges in @cobuild/boards): a row per top-level field,
 * and a row per entry of a field that holds a record (the field's own row then has no data). Rows are read
 * back in the order they were inserted (rowid), which is the key order the board had when written.
 */
export const PARTS_SCHEMA = `
  CREATE TABLE IF NOT EXISTS board_fields (
    board_id TEXT NOT NULL,
    field    TEXT NOT NULL,
    data     TEXT,
    UNIQUE (board_id, field)
  );
  CREATE TABLE IF NOT EXISTS board_entries (
    board_id TEXT NOT NULL,
    field    TEXT NOT NULL,
    entry    TEXT NOT NULL,
    data     TEXT NOT NULL,
    UNIQUE (board_id, field, entry)
  );
`;

/**
 * Boards whose JSON is at most this long are stored whole, in one row: rewriting one costs little, and
 * most boards (a person's record, a post's names, a quiet day's audit) stay this small. Bigger ones are
 * stored in parts. At 8 KB a rebuild of the city log ran 21 % slower than with whole boards only; at 32 KB
 * 9 % (see BENCHMARKS.md), while a change still never rewrites more than this much of one board.
 */
export const WHOLE_BOARD_BYTES = 32 * 1024;

/** One write, serialised before the transaction so the write lock is held for the writes alone. */
type Write =
  | { to: "parts-gone"; boardId: string }
  | { to: "field"; boardId: string; field: string; data: string | null }
  | { to: "field-gone"; boardId: string; field: string }
  | { to: "entries-gone"; boardId: string; field: string }
  | { to: "entry"; boardId: string; field: string; entry: string; data: string }
  | { to: "entry-gone"; boardId: string; field: string; entry: string };

/**
 * What a commit wrote of one board: `whole`, its full size; else the size of the parts it added (what
 * the projector's cache adds to the board's weight). `stored` is how the board is stored now.
 */
export interface WrittenBoard {
  bytes: number;
  whole: boolean;
  stored: StoredAs;
}

/** A board's writes, ready to run inside the commit's transaction. */
export interface PreparedBoard {
  /** The `boards` row's data: the board's JSON when stored whole, "" when in parts. */
  row: string;
  writes: Write[];
  written: WrittenBoard;
}

/**
 * Serialises what must be written of `changed`. A board stored in parts with known changes writes those
 * parts alone; any other is written all over, whole when small enough, else in parts.
 */
export function prepareBoard({ board, changes, stored }: ChangedBoard): PreparedBoard {
  const writes: Write[] = [];
  const data = board.data as Record<string, unknown>;
  const { boardId } = board;
  if (stored === "parts" && changes && !changes.whole) {
    const bytes = changedParts(writes, boardId, data, changes);
    return { row: "", writes, written: { bytes, whole: false, stored: "parts" } };
  }
  const json = JSON.stringify(data);
  // Parts left from before would be read in place of the row: a board not known to have none clears them.
  if (stored !== "none" && stored !== "whole") writes.push({ to: "parts-gone", boardId });
  if (json.length <= WHOLE_BOARD_BYTES) {
    return { row: json, writes, written: { bytes: json.length, whole: true, stored: "whole" } };
  }
  if (stored === "whole") writes.push({ to: "parts-gone", boardId });
  let bytes = 0;
  for (const field of Object.keys(data)) bytes += fieldWrites(writes, boardId, field, data[field], "added");
  return { row: "", writes, written: { bytes, whole: true, stored: "parts" } };
}

/** The writes for the changed parts of a board stored in parts; returns the size of the parts it adds. */
function changedParts(
  writes: Write[],
  boardId: string,
  data: Record<string, unknown>,
  changes: BoardChanges,
): number {
  let added = 0;
  for (const [field, how] of changes.fields) {
    const value = Object.hasOwn(data, field) ? data[field] : undefined;
    if (how === "removed" || value === undefined) writes.push({ to: "field-gone", boardId, field });
    else {
      const bytes = fieldWrites(writes, boardId, field, value, how);
      if (how !== "kept") added += bytes;
    }
  }
  for (const [field, entries] of changes.entries) {
    const record = Object.hasOwn(data, field) ? data[field] : undefined;
    for (const [entry, how] of entries) {
      const value = isRecordValue(record) && Object.hasOwn(record, entry) ? record[entry] : undefined;
      const json = how === "removed" || value === undefined ? undefined : JSON.stringify(value);
      // A moved entry goes last in its record: deleted, then inserted with a new rowid.
      if (json === undefined || how === "moved") writes.push({ to: "entry-gone", boardId, field, entry });
      if (json === undefined) continue;
      if (how !== "kept") added += json.length;
      writes.push({ to: "entry", boardId, field, entry, data: json });
    }
  }
  return added;
}

/** Writes a field whole, in its place (`kept`) or last; returns the bytes written. */
function fieldWrites(
  writes: Write[],
  boardId: string,
  field: string,
  value: unknown,
  how: PartWrite,
): number {
  // Its old entries go first, so the new ones are inserted in the record's order.
  if (how === "moved") writes.push({ to: "field-gone", boardId, field });
  else if (how === "kept") writes.push({ to: "entries-gone", boardId, field });
  if (!isRecordValue(value)) {
    const json = JSON.stringify(value);
    writes.push({ to: "field", boardId, field, data: json });
    return json.length;
  }
  writes.push({ to: "field", boardId, field, data: null });
  let bytes = 2;
  for (const entry of Object.keys(value)) {
    const json = JSON.stringify(value[entry]);
    if (json === undefined) continue;
    bytes += json.length;
    writes.push({ to: "entry", boardId, field, entry, data: json });
  }
  return bytes;
}

/** Prepared statements for the parts tables of one connection. */
export class BoardParts {
  private readonly fields: Database.Statement<[string], unknown[]>;
  private readonly entries: Database.Statement<[string], unknown[]>;
  private readonly clearFields: Database.Statement<[string]>;
  private readonly clearEntries: Database.Statement<[string]>;
  private readonly upsertField: Database.Statement<[string, string, string | null]>;
  private readonly deleteField: Database.Statement<[string, string]>;
  private readonly deleteFieldEntries: Database.Statement<[string, string]>;
  private readonly upsertEntry: Database.Statement<[string, string, string, string]>;
  private readonly deleteEntry: Database.Statement<[string, string, string]>;

  constructor(db: Database.Database) {
    this.fields = db
      .prepare<[string], unknown[]>("SELECT field, data FROM board_fields WHERE board_id = ? ORDER BY rowid")
      .raw(true);
    this.entries = db
      .prepare<[string], unknown[]>(
        "SELECT field, entry, data FROM board_entries WHERE board_id = ? ORDER BY rowid",
      )
      .raw(true);
    this.clearFields = db.prepare("DELETE FROM board_fields WHERE board_id = ?");
    this.clearEntries = db.prepare("DELETE FROM board_entries WHERE board_id = ?");
    this.upsertField = db.prepare(
      "INSERT INTO board_fields (board_id, field, data) VALUES (?, ?, ?) " +
        "ON CONFLICT (board_id, field) DO UPDATE SET data = excluded.data",
    );
    this.deleteField = db.prepare("DELETE FROM board_fields WHERE board_id = ? AND field = ?");
    this.deleteFieldEntries = db.prepare("DELETE FROM board_entries WHERE board_id = ? AND field = ?");
    this.upsertEntry = db.prepare(
      "INSERT INTO board_entries (board_id, field, entry, data) VALUES (?, ?, ?, ?) " +
        "ON CONFLICT (board_id, field, entry) DO UPDATE SET data = excluded.data",
    );
    this.deleteEntry = db.prepare("DELETE FROM board_entries WHERE board_id = ? AND field = ? AND entry = ?");
  }

  /** Runs a board's writes; call inside the commit's transaction. */
  write(writes: readonly Write[]): void {
    for (const write of writes) {
      switch (write.to) {
        case "parts-gone":
          this.clearFields.run(write.boardId);
          this.clearEntries.run(write.boardId);
          break;
        case "field-gone":
          this.deleteField.run(write.boardId, write.field);
          this.deleteFieldEntries.run(write.boardId, write.field);
          break;
        case "entries-gone":
          this.deleteFieldEntries.run(write.boardId, write.field);
          break;
        case "field":
          this.upsertField.run(write.boardId, write.field, write.data);
          break;
        case "entry":
          this.upsertEntry.run(write.boardId, write.field, write.entry, write.data);
          break;
        case "entry-gone":
          this.deleteEntry.run(write.boardId, write.field, write.entry);
          break;
      }
    }
  }

  /** A board's data put together from its parts (see readSizedBoard), with the length of their JSON. */
  read(boardId: string): { data: Record<string, unknown>; bytes: number } {
    const data: Record<string, unknown> = {};
    let bytes = 0;
    for (const [field, json] of this.fields.all(boardId) as [string, string | null][]) {
      setOwn(data, field, json === null ? {} : JSON.parse(json));
      bytes += field.length + (json?.length ?? 2);
    }
    for (const [field, entry, json] of this.entries.all(boardId) as [string, string, string][]) {
      const record = data[field];
      if (isRecordValue(record)) setOwn(record, entry, JSON.parse(json));
      bytes += entry.length + json.length + 4;
    }
    return { data, bytes };
  }
}
