import Database from "better-sqlite3";

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS boards (
    board_id TEXT PRIMARY KEY,
    version  INTEGER NOT NULL,
    data     TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS checkpoints (
    name     TEXT PRIMARY KEY,
    position INTEGER NOT NULL
  );
`;

/**
 * Opens (creating when missing) the boards file. WAL lets the API and gateway processes read while the
 * projector writes; synchronous=NORMAL is enough because boards can always be rebuilt from the log.
 */
export function openBoardsFile(path: string): Database.Database {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  db.exec(SCHEMA);
  return db;
}

/** The last log position whose effects the boards contain; 0 before anything was projected. */
export function readCheckpoint(db: Database.Database, name: string): number {
  const row = db.prepare("SELECT position FROM checkpoints WHERE name = ?").get(name) as
    | { position: number }
    | undefined;
  return row?.position ?? 0;
}
