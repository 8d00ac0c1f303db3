import Database from "better-sqlite3";
import { migrate } from "./schema.ts";
import { SqliteEventStore } from "./sqlite-event-store.ts";
import { storageError, toStorageError } from "./storage-errors.ts";

export interface SqliteEventStoreOptions {
  /** Database file (its directory must exist), or ":memory:" for a private throwaway store. */
  path: string;
  /** Fills `occurredAt` when an event has none. Default: the system clock. */
  clock?: () => Date;
  /** How often a caught-up subscription looks for events written by other processes. Default 100 ms. */
  pollIntervalMs?: number;
  /** How long an append waits for another process's write lock before failing as `locked`. Default 5 s. */
  busyTimeoutMs?: number;
  /** Open for reading only (inspection tools, a replica copy); appends fail as `read_only`. */
  readonly?: boolean;
  /** Upper bound on the database file size; appends beyond it fail as `full`. Default: no bound. */
  maxSizeBytes?: number;
  /**
   * Commit appends in a worker thread, so their fsyncs never stall this thread's event loop (servers
   * want this). Ignored for ":memory:" and read-only stores. Default false: one thread, as in tests.
   */
  writerThread?: boolean;
}

// SQLite's own busy handler blocks the whole event loop while it waits, so it only gets a short slice;
// the writer queue retries on a timer for the rest of busyTimeoutMs.
const SYNC_BUSY_WAIT_MS = 50;

/**
 * Opens (creating if needed) a SQLite event store: WAL journal, synchronous=FULL (an acknowledged append
 * survives a power cut; see docs/adr/001-event-store-durability.md). Rejects with StorageError when the
 * file cannot be used.
 */
export async function openSqliteEventStore(options: SqliteEventStoreOptions): Promise<SqliteEventStore> {
  const { path, readonly = false } = options;
  const busyTimeoutMs = options.busyTimeoutMs ?? 5_000;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, {
      readonly,
      fileMustExist: readonly,
      timeout: Math.min(busyTimeoutMs, SYNC_BUSY_WAIT_MS),
    });
    configureConnection(db, options);
    migrate(db);
  } catch (error) {
    db?.close();
    throw toStorageError(error, path);
  }
  return new SqliteEventStore(db, {
    path,
    clock: options.clock ?? (() => new Date()),
    pollIntervalMs: options.pollIntervalMs ?? 100,
    busyTimeoutMs,
    writerThread:
      options.writerThread === true && !readonly && !db.memory
        ? { path, busyTimeoutMs, maxSizeBytes: options.maxSizeBytes }
        : undefined,
  });
}

/** WAL, synchronous=FULL and the size bound, for the store's connection and its writer thread's. */
export function configureConnection(
  db: Database.Database,
  options: Pick<SqliteEventStoreOptions, "path" | "readonly" | "maxSizeBytes">,
): void {
  if (!options.readonly) {
    // WAL lets readers (subscriptions, other processes) run while a batch commits.
    const mode = db.pragma("journal_mode = WAL", { simple: true });
    if (mode !== "wal" && !db.memory) {
      throw storageError(
        "io",
        options.path,
        new Error(`the file system refused WAL mode (journal_mode=${String(mode)})`),
      );
    }
  }
  // FULL: the WAL is fsynced at every COMMIT, so a resolved append is on disk. Group commit pays for it.
  db.pragma("synchronous = FULL");
  if (options.maxSizeBytes !== undefined) {
    const pageSize = Number(db.pragma("page_size", { simple: true }));
    db.pragma(`max_page_count = ${Math.max(1, Math.floor(options.maxSizeBytes / pageSize))}`);
  }
}
