import Database from "better-sqlite3";
import { SYNC_BUSY_WAIT_MS } from "./busy.ts";
import { migrate } from "./schema.ts";
import { SqliteBus } from "./sqlite-bus.ts";

export interface SqliteBusOptions {
  /** The bus file (its directory must exist); every process that shares the bus opens the same path. */
  path: string;
  /** How often a subscription looks for messages published by other processes. Default 20 ms. */
  pollIntervalMs?: number;
  /** Messages older than this go once every group of their topic has handled them. Default 1 h. */
  retentionMs?: number;
  /** How long a group member's lease outlives its last renewal: a killed member's group resumes after it. Default 5 s. */
  leaseMs?: number;
  /** How long a write waits for another process's write lock before failing. Default 5 s. */
  busyTimeoutMs?: number;
  /**
   * Topics never trimmed, however old: the relayed log, from which a new projector group (a new boards
   * file) must be able to rebuild every board. Recorded in the file, for every client sharing it.
   */
  keepTopics?: readonly string[];
  /** How often old messages are trimmed. Default: a minute, or the retention period if shorter. */
  trimIntervalMs?: number;
  /** Hears handler failures (broadcast ones are skipped, group ones retried) and storage errors in polling. */
  onHandlerError?: (error: unknown) => void;
  /** Milliseconds since the epoch, for publish times, leases and trimming. Default: the system clock. */
  clock?: () => number;
}

/**
 * Opens (creating if needed) a SQLite bus.
 *
 * WAL journal, so polling readers never block a publisher. synchronous=FULL, because a resolved publish
 * must survive a power cut: the relay advances its checkpoint (in another file) once a publish resolved
 * and would never send a lost event again. Board deltas would not need it (gateways resync), but they share
 * the file, and publishes in one tick share one commit, so FULL costs one fsync per batch, not per message.
 */
export async function openSqliteBus(options: SqliteBusOptions): Promise<SqliteBus> {
  const retentionMs = options.retentionMs ?? 3_600_000;
  const busyTimeoutMs = options.busyTimeoutMs ?? 5_000;
  // Opening may meet another process creating the file: wait the full timeout for that, once.
  const db = new Database(options.path, { timeout: busyTimeoutMs });
  try {
    const mode = db.pragma("journal_mode = WAL", { simple: true });
    if (mode !== "wal") throw new Error(`the file system refused WAL mode (journal_mode=${String(mode)})`);
    db.pragma("synchronous = FULL");
    migrate(db);
    // Kept in the file, not per client: any client's trimming must spare them, whoever opened it how.
    const keep = db.prepare("INSERT OR IGNORE INTO bus_kept_topics (topic) VALUES (?)");
    for (const topic of options.keepTopics ?? []) keep.run(topic);
    db.pragma(`busy_timeout = ${SYNC_BUSY_WAIT_MS}`);
  } catch (error) {
    db.close();
    throw new Error(`cannot open the bus file ${options.path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return new SqliteBus(db, {
    pollIntervalMs: options.pollIntervalMs ?? 20,
    retentionMs,
    leaseMs: options.leaseMs ?? 5_000,
    busyTimeoutMs,
    trimIntervalMs: options.trimIntervalMs ?? Math.min(60_000, retentionMs),
    clock: options.clock ?? Date.now,
    onHandlerError: options.onHandlerError ?? (() => {}),
  });
}
