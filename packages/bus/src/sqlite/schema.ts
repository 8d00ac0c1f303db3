import type Database from "better-sqlite3";

/** Bumped whenever the table layout changes; kept in SQLite's `user_version` (the bus has its own file). */
const SCHEMA_VERSION = 2;

// AUTOINCREMENT: a position is never handed out twice, even after trimming deletes the newest rows;
// a group's `handled_through` would otherwise silently skip reused positions.
// The age index serves trimming; the (topic, position) index serves every subscription's poll.
const CREATE = `
CREATE TABLE IF NOT EXISTS bus_messages (
  position     INTEGER PRIMARY KEY AUTOINCREMENT,
  topic        TEXT    NOT NULL,
  key          TEXT    NOT NULL,
  payload      TEXT    NOT NULL,
  published_at INTEGER NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS bus_messages_by_topic ON bus_messages (topic, position);
CREATE INDEX IF NOT EXISTS bus_messages_by_age ON bus_messages (published_at);
CREATE TABLE IF NOT EXISTS bus_kept_topics (
  topic TEXT PRIMARY KEY
) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS bus_groups (
  topic            TEXT    NOT NULL,
  group_name       TEXT    NOT NULL,
  handled_through  INTEGER NOT NULL,
  owner            TEXT,
  lease_expires_at INTEGER,
  PRIMARY KEY (topic, group_name)
) STRICT, WITHOUT ROWID;
`;

/** One message as a subscription reads it. */
export interface MessageRow {
  position: number;
  payload: string;
}

/** A group's row: where it is in the topic and who may deliver its messages until when. */
export interface GroupRow {
  handled_through: number;
  owner: string | null;
  lease_expires_at: number | null;
}

/** Creates the tables on first use, refuses a file written by a newer layout. */
export function migrate(db: Database.Database): void {
  const version = db.pragma("user_version", { simple: true });
  if (version === SCHEMA_VERSION) return;
  if (typeof version === "number" && version > SCHEMA_VERSION) {
    throw new Error(
      `${db.name} has bus schema version ${version}, newer than this code understands (${SCHEMA_VERSION}).`,
    );
  }
  // IMMEDIATE so two processes opening a fresh file at once do not both try to create the tables.
  db.exec("BEGIN IMMEDIATE");
  try {
    db.exec(CREATE);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    db.exec("COMMIT");
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK");
    throw error;
  }
}

/** Every statement the bus runs, prepared once per connection. */
export function prepareStatements(db: Database.Database) {
  return {
    insert: db.prepare<[string, string, string, number]>(
      "INSERT INTO bus_messages (topic, key, payload, published_at) VALUES (?, ?, ?, ?)",
    ),
    lastPosition: db.prepare<[], { last: number | null }>("SELECT MAX(position) AS last FROM bus_messages"),
    readAfter: db.prepare<[string, number, number], MessageRow>(
      "SELECT position, payload FROM bus_messages WHERE topic = ? AND position > ? ORDER BY position LIMIT ?",
    ),
    group: db.prepare<[string, string], GroupRow>(
      "SELECT handled_through, owner, lease_expires_at FROM bus_groups WHERE topic = ? AND group_name = ?",
    ),
    /** Takes the lease if nobody holds it, it expired, or it is already ours; a new group starts at 0. */
    acquire: db.prepare<{ topic: string; group: string; owner: string; now: number; expires: number }>(
      `INSERT INTO bus_groups (topic, group_name, handled_through, owner, lease_expires_at)
       VALUES (@topic, @group, 0, @owner, @expires)
       ON CONFLICT (topic, group_name) DO UPDATE
         SET owner = excluded.owner, lease_expires_at = excluded.lease_expires_at
         WHERE bus_groups.owner IS NULL OR bus_groups.owner = excluded.owner OR bus_groups.lease_expires_at <= @now`,
    ),
    renew: db.prepare<{ topic: string; group: string; owner: string; expires: number }>(
      `UPDATE bus_groups SET lease_expires_at = @expires
       WHERE topic = @topic AND group_name = @group AND owner = @owner`,
    ),
    recordHandled: db.prepare<{
      topic: string;
      group: string;
      owner: string;
      position: number;
      expires: number;
    }>(
      `UPDATE bus_groups SET handled_through = @position, lease_expires_at = @expires
       WHERE topic = @topic AND group_name = @group AND owner = @owner`,
    ),
    release: db.prepare<{ topic: string; group: string; owner: string }>(
      `UPDATE bus_groups SET owner = NULL, lease_expires_at = NULL
       WHERE topic = @topic AND group_name = @group AND owner = @owner`,
    ),
    /** Old messages every group of their topic has handled (all of them on a topic without groups). */
    trim: db.prepare<[number]>(
      `DELETE FROM bus_messages
       WHERE published_at < ?
         AND topic NOT IN (SELECT topic FROM bus_kept_topics)
         AND position <= COALESCE(
           (SELECT MIN(handled_through) FROM bus_groups WHERE bus_groups.topic = bus_messages.topic),
           position)`,
    ),
  };
}

export type BusStatements = ReturnType<typeof prepareStatements>;
