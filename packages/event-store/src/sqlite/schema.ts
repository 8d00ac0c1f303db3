import type Database from "better-sqlite3";
import type { EventMeta, RecordedEvent } from "../port.ts";

/** Bumped whenever the table layout changes; kept in SQLite's `user_version`. */
const SCHEMA_VERSION = 1;

// STRICT keeps column types honest. AUTOINCREMENT promises a committed position is never handed out again
// (plain rowids may reuse the largest one); a subscription checkpoint relies on that.
// UNIQUE(stream_id, revision) doubles as the index for stream reads.
const CREATE_EVENTS = `
CREATE TABLE IF NOT EXISTS events (
  position    INTEGER PRIMARY KEY AUTOINCREMENT,
  id          TEXT    NOT NULL UNIQUE,
  stream_id   TEXT    NOT NULL,
  revision    INTEGER NOT NULL,
  type        TEXT    NOT NULL,
  data        TEXT    NOT NULL,
  meta        TEXT    NOT NULL,
  occurred_at TEXT    NOT NULL,
  UNIQUE (stream_id, revision)
) STRICT`;

/** One row of `events`, as SQLite returns it. */
export interface EventRow {
  position: number;
  id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  meta: string;
  occurred_at: string;
}

/** Creates the table on first use, refuses a file written by a newer layout. */
export function migrate(db: Database.Database): void {
  const version = db.pragma("user_version", { simple: true });
  if (version === SCHEMA_VERSION) return;
  if (typeof version === "number" && version > SCHEMA_VERSION) {
    throw new Error(
      `${db.name} has event store schema version ${version}, newer than this code understands ` +
        `(${SCHEMA_VERSION}); run the newer release or restore a matching backup.`,
    );
  }
  // IMMEDIATE so two processes opening a fresh file at once do not both try to create the table.
  db.exec("BEGIN IMMEDIATE");
  try {
    db.exec(CREATE_EVENTS);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    db.exec("COMMIT");
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK");
    throw error;
  }
}

/** Maps a stored row to the port's shape. The JSON was written by this store, so it is trusted. */
export function toRecordedEvent(row: EventRow): RecordedEvent {
  const meta: EventMeta = JSON.parse(row.meta);
  return {
    id: row.id,
    type: row.type,
    streamId: row.stream_id,
    revision: row.revision,
    position: row.position,
    occurredAt: row.occurred_at,
    data: JSON.parse(row.data),
    meta,
  };
}

/** Every statement the store runs, prepared once per connection. LIMIT -1 means no limit. */
export function prepareStatements(db: Database.Database) {
  return {
    streamHead: db.prepare<[string], Pick<EventRow, "revision" | "position">>(
      "SELECT revision, position FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1",
    ),
    eventById: db.prepare<[string], EventRow>("SELECT * FROM events WHERE id = ?"),
    insert: db.prepare<[string, string, number, string, string, string, string]>(
      "INSERT INTO events (id, stream_id, revision, type, data, meta, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    streamForwards: db.prepare<[string, number, number], EventRow>(
      "SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?",
    ),
    streamBackwards: db.prepare<[string, number, number], EventRow>(
      "SELECT * FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?",
    ),
    allForwards: db.prepare<[number, number], EventRow>(
      "SELECT * FROM events WHERE position >= ? ORDER BY position ASC LIMIT ?",
    ),
    head: db.prepare<[], { head: number }>("SELECT COALESCE(MAX(position), 0) AS head FROM events"),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
