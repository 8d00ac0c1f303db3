import { createHash, randomBytes } from "node:crypto";
import Database from "better-sqlite3";

/** A login session: who it belongs to and until when it is good. */
export interface Session {
  username: string;
  expiresAt: number;
}

/**
 * Where sessions live. Only a hash of each token is stored, so a copy of the database cannot be used
 * to log in. Every API process opens the same file, so any of them can serve any session.
 */
export interface SessionStore {
  /**
   * Starts a session and returns its token (shown to the client once, never stored). It ends SESSION_MS
   * after the login, or after SESSION_IDLE_MS without use, whichever comes first.
   */
  create(username: string): string;
  find(token: string): Session | undefined;
  /** Ends one session (logout). */
  delete(token: string): void;
  /** Ends every session of an account, but the one given (after a password change or reset). */
  endAllOf(username: string, except?: string): void;
  /** The account's roles changed: whatever its sessions watch must be checked again. */
  accountChanged(username: string): void;
  /**
   * Sessions ended and accounts changed after `cursor`, oldest first, with the cursor to ask from next.
   * Every process sharing the file sees them: that is how a gateway learns of a logout at the API.
   */
  endsAfter(cursor: number): { cursor: number; ends: SessionEnd[] };
  /** The cursor as of now: only ends after it are news. */
  lastEnd(): number;
  close(): void;
}

/** A session that ended (`tokenHash` given), or an account whose roles changed (every session of it). */
export interface SessionEnd {
  tokenHash?: string;
  username: string;
}

/** A session's absolute lifetime: however busy, it ends this long after the login. */
export const SESSION_MS = 12 * 60 * 60 * 1000;
/** A session nobody used over HTTP for this long ends too (an unattended phone or office computer). */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** Use is written down at most this often per session: reads stay reads. */
const TOUCH_EVERY_MS = 60 * 1000;
/** How a session is named where it is stored: never the token itself. */
export const tokenHash = (token: string): string => createHash("sha256").update(token).digest("base64url");

/** Ends are kept this long: far longer than any process takes to read them. */
const KEEP_ENDS_MS = 24 * 60 * 60 * 1000;

/** Sessions in SQLite (a file beside the event log, or `:memory:` for a single process). */
export function openSqliteSessionStore(
  path: string,
  clock: () => number = Date.now,
  lifetimeMs = SESSION_MS,
  idleMs = SESSION_IDLE_MS,
): SessionStore {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.exec(`CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT`);
  // Files from before idle expiry get the column; their sessions count as used when next seen.
  const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('sessions')").all();
  if (!columns.some((column) => column.name === "last_used_at"))
    db.exec("ALTER TABLE sessions ADD COLUMN last_used_at INTEGER NOT NULL DEFAULT 0");
  const insert = db.prepare(
    "INSERT INTO sessions (token_hash, username, expires_at, last_used_at) VALUES (?, ?, ?, ?)",
  );
  const select = db.prepare<[string], { username: string; expires_at: number; last_used_at: number }>(
    "SELECT username, expires_at, last_used_at FROM sessions WHERE token_hash = ?",
  );
  const touch = db.prepare("UPDATE sessions SET last_used_at = ? WHERE token_hash = ?");
  const remove = db.prepare("DELETE FROM sessions WHERE token_hash = ?");
  const purge = db.prepare("DELETE FROM sessions WHERE expires_at <= ?");
  const removeAllOf = db.prepare("DELETE FROM sessions WHERE username = ? AND token_hash <> ?");
  db.exec(`CREATE TABLE IF NOT EXISTS session_ends (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash TEXT,
    username TEXT NOT NULL,
    at INTEGER NOT NULL
  ) STRICT`);
  const recordEnd = db.prepare("INSERT INTO session_ends (token_hash, username, at) VALUES (?, ?, ?)");
  const endsAfter = db.prepare<[number], { seq: number; token_hash: string | null; username: string }>(
    "SELECT seq, token_hash, username FROM session_ends WHERE seq > ? ORDER BY seq LIMIT 1000",
  );
  const lastEnd = db.prepare<[], { seq: number | null }>("SELECT max(seq) AS seq FROM session_ends");
  const purgeEnds = db.prepare("DELETE FROM session_ends WHERE at <= ?");
  const ownerOf = db.prepare<[string], { username: string }>(
    "SELECT username FROM sessions WHERE token_hash = ?",
  );
  const othersOf = db.prepare<[string, string], { token_hash: string }>(
    "SELECT token_hash FROM sessions WHERE username = ? AND token_hash <> ?",
  );

  return {
    create(username) {
      purge.run(clock());
      purgeEnds.run(clock() - KEEP_ENDS_MS);
      const token = randomBytes(32).toString("base64url");
      insert.run(tokenHash(token), username, clock() + lifetimeMs, clock());
      return token;
    },
    find(token) {
      const hash = tokenHash(token);
      const row = select.get(hash);
      const now = clock();
      if (!row || row.expires_at <= now) return undefined;
      if (row.last_used_at !== 0 && now - row.last_used_at > idleMs) return undefined;
      if (now - row.last_used_at >= TOUCH_EVERY_MS) touch.run(now, hash);
      return { username: row.username, expiresAt: row.expires_at };
    },
    delete: db.transaction((token: string) => {
      const hash = tokenHash(token);
      const owner = ownerOf.get(hash);
      remove.run(hash);
      if (owner) recordEnd.run(hash, owner.username, clock());
    }),
    endAllOf: db.transaction((username: string, except?: string) => {
      const kept = except ? tokenHash(except) : "";
      for (const { token_hash } of othersOf.all(username, kept)) recordEnd.run(token_hash, username, clock());
      removeAllOf.run(username, kept);
    }),
    accountChanged(username) {
      recordEnd.run(null, username, clock());
    },
    endsAfter(cursor) {
      const rows = endsAfter.all(cursor);
      return {
        cursor: rows.at(-1)?.seq ?? cursor,
        ends: rows.map((row) =>
          row.token_hash === null
            ? { username: row.username }
            : { tokenHash: row.token_hash, username: row.username },
        ),
      };
    },
    lastEnd() {
      return lastEnd.get()?.seq ?? 0;
    },
    close() {
      db.close();
    },
  };
}
