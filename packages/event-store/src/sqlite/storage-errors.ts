import Database from "better-sqlite3";
import { StorageError, type StorageFailure } from "../errors.ts";

// Prefixes match SQLite's extended codes too (SQLITE_IOERR_FSYNC, SQLITE_BUSY_SNAPSHOT, SQLITE_READONLY_DBMOVED...).
const FAILURE_BY_CODE: ReadonlyArray<readonly [string, StorageFailure]> = [
  ["SQLITE_CORRUPT", "corrupt"],
  ["SQLITE_NOTADB", "corrupt"],
  ["SQLITE_BUSY", "locked"],
  ["SQLITE_LOCKED", "locked"],
  ["SQLITE_PROTOCOL", "locked"],
  ["SQLITE_READONLY", "read_only"],
  ["SQLITE_PERM", "read_only"],
  ["SQLITE_FULL", "full"],
  ["SQLITE_IOERR", "io"],
  ["SQLITE_CANTOPEN", "io"],
  ["SQLITE_NOMEM", "io"],
  ["SQLITE_NOLFS", "io"],
];

const ADVICE: Record<StorageFailure, (path: string) => string> = {
  corrupt: (path) =>
    `The event store file ${path} is damaged or is not an event store database. Stop every process using ` +
    `it, copy the file together with its -wal and -shm files, then restore the latest backup (or salvage ` +
    `with "sqlite3 ${path} .recover"). Never delete the -wal file: it may hold committed events.`,
  locked: (path) =>
    `The event store ${path} stayed locked by another connection longer than the busy timeout. Look for ` +
    `another process holding a long write transaction on this file (or a stale lock on a network file ` +
    `system), then retry.`,
  read_only: (path) =>
    `The event store ${path} cannot be written. Check the permissions of the file and of its directory ` +
    `(SQLite creates -wal and -shm files next to it), whether the disk is mounted read-only, and whether ` +
    `the store was opened with readonly: true.`,
  full: (path) =>
    `The disk holding ${path} is full, or the store reached its configured maxSizeBytes. Free disk space ` +
    `or raise the limit, then retry; nothing of the failed append was written.`,
  closed: () =>
    `The event store has been closed (the process is shutting down, or a caller kept a stale reference). ` +
    `Open a new store.`,
  io: (path) =>
    `The operating system reported an I/O error on the event store ${path}. Check that the path and its ` +
    `directory exist and are writable and that the disk is healthy (dmesg, SMART data), then retry.`,
};

function sqliteCode(error: unknown): string | undefined {
  return error instanceof Database.SqliteError ? error.code : undefined;
}

/** The storage failure an error stands for, or undefined when it is not about the storage at all. */
export function storageFailureOf(error: unknown): StorageFailure | undefined {
  if (error instanceof StorageError) return error.failure;
  const code = sqliteCode(error);
  if (code !== undefined) return FAILURE_BY_CODE.find(([prefix]) => code.startsWith(prefix))?.[1];
  // better-sqlite3 reports these as TypeErrors rather than SQLite codes.
  if (error instanceof TypeError) {
    if (/connection is not open/i.test(error.message)) return "closed";
    if (/directory does not exist/i.test(error.message)) return "io";
  }
  return undefined;
}

/** The error a caller receives when the storage failed: what happened, and what an operator should do. */
export function storageError(failure: StorageFailure, path: string, cause?: unknown): StorageError {
  const detail = cause instanceof Error ? ` (${sqliteCode(cause) ?? cause.name}: ${cause.message})` : "";
  return new StorageError(failure, `${ADVICE[failure](path)}${detail}`, { cause });
}

/** Wraps any error thrown by the storage layer; unknown ones count as `io`, already wrapped ones pass. */
export function toStorageError(error: unknown, path: string): StorageError {
  if (error instanceof StorageError) return error;
  return storageError(storageFailureOf(error) ?? "io", path, error);
}

/** Rethrows storage failures as StorageError, leaving every other error (a caller's mistake) untouched. */
export function mapStorageFailure(error: unknown, path: string): unknown {
  const failure = storageFailureOf(error);
  return failure === undefined ? error : toStorageError(error, path);
}
