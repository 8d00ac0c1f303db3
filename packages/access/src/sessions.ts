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
  /** Starts a session and returns its token (shown to the client once, never stored). */
  create(username: string): string;
  find(token: string): Session | undefined;
  /** Ends one session (logout). */
  delete(token: string): void;
  /** Ends every session of an account, but the one given (after a password change or reset). */
  endAllOf(username: string, except?: string): void;
  close(): void;
}

export const SESSION_MS = 12 * 60 * 60 * 1000;
const tokenHash = (token: string) => createHash("sha256").update(token).digest("base64url");

/** Sessions in SQLite (a file beside the event log, or `:memory:` for a single process). */
export function openSqliteSessionStore(
  path: string,
  clock: () => number = Date.now,
  lifetimeMs = SESSION_MS,
): SessionStore {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.exec(`CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT`);
  const insert = db.prepare("INSERT INTO sessions (token_hash, username, expires_at) VALUES (?, ?, ?)");
  const select = db.prepare<[string], { username: string; expires_at: number }>(
    "SELECT username, expires_at FROM sessions WHERE token_hash = ?",
  );
  const remove = db.prepare("DELETE FROM sessions WHERE token_hash = ?");
  const purge = db.prepare("DELETE FROM sessions WHERE expires_at <= ?");
  const removeAllOf = db.prepare("DELETE FROM sessions WHERE username = ? AND token_hash <> ?");

  return {
    create(username) {
      purge.run(clock());
      const token = randomBytes(32).toString("base64url");
      insert.run(tokenHash(token), username, clock() + lifetimeMs);
      return token;
    },
    find(token) {
      const row = select.get(tokenHash(token));
      if (!row || row.expires_at <= clock()) return undefined;
      return { username: row.username, expiresAt: row.expires_at };
    },
    delete(token) {
      remove.run(tokenHash(token));
    },
    endAllOf(username, except) {
      removeAllOf.run(username, except ? tokenHash(except) : "");
    },
    close() {
      db.close();
    },
  };
}
