import type Database from "better-sqlite3";
import type { StorageError } from "../errors.ts";

/** One queued write: `attempt` runs inside its own SAVEPOINT; the returned thunk settles it after COMMIT. */
interface Job {
  attempt(): () => void;
  fail(error: unknown): void;
  /** performance.now() after which waiting for another process's lock gives up. */
  deadline: number;
}

export interface GroupCommitOptions {
  /** Storage failures end the whole transaction; anything else fails only the append that threw it. */
  isStorageFailure(error: unknown): boolean;
  toStorageError(error: unknown): StorageError;
  /** Called after every COMMIT, before any promise of that batch settles. */
  onCommit(): void;
}

/** Lock waits are retried on a timer, not inside SQLite's busy handler, so the event loop keeps running. */
const LOCK_RETRY_MS = [5, 10, 20, 50, 100] as const;

/**
 * Group commit over one connection: every write queued while a flush is pending (same event-loop turn, or
 * while waiting for a lock) goes into ONE transaction, which costs one fsync however many appends it
 * carries. Each write gets a SAVEPOINT, so a refused append is undone alone and the others still commit,
 * and sees the writes before it in the same transaction.
 */
export class GroupCommitQueue {
  #queue: Job[] = [];
  #scheduled = false;
  #lockRetries = 0;
  #commits = 0;
  #writesCommitted = 0;
  #idleWaiters: (() => void)[] = [];
  readonly #db: Database.Database;
  readonly #options: GroupCommitOptions;
  readonly #sql;

  constructor(db: Database.Database, options: GroupCommitOptions) {
    this.#db = db;
    this.#options = options;
    this.#sql = {
      begin: db.prepare("BEGIN IMMEDIATE"),
      commit: db.prepare("COMMIT"),
      rollback: db.prepare("ROLLBACK"),
      savepoint: db.prepare("SAVEPOINT append"),
      release: db.prepare("RELEASE append"),
      rollbackTo: db.prepare("ROLLBACK TO append"),
    };
  }

  /** Queues `write` for the next transaction; resolves with its result once that transaction committed. */
  enqueue<T>(write: () => T, lockTimeoutMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({
        attempt: () => {
          const result = write();
          return () => resolve(result);
        },
        fail: reject,
        deadline: performance.now() + lockTimeoutMs,
      });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  /** Committed transactions, and writes they carried (refused ones excluded): how well batching works. */
  stats(): { commits: number; writesCommitted: number } {
    return { commits: this.#commits, writesCommitted: this.#writesCommitted };
  }

  /** Resolves once every queued write has been committed or refused. */
  drained(): Promise<void> {
    if (!this.#scheduled && this.#queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  #flush(): void {
    this.#scheduled = false;
    const batch = this.#queue;
    this.#queue = [];
    const outcome = this.#runTransaction(batch);
    if (outcome instanceof Error) this.#handleFailure(batch, outcome);
    else {
      this.#lockRetries = 0;
      this.#commits++;
      this.#writesCommitted += outcome.written;
      this.#options.onCommit();
      for (const settle of outcome.settlers) settle();
    }
    if (!this.#scheduled && this.#queue.length > 0) {
      this.#scheduled = true;
      setImmediate(() => this.#flush());
    }
    if (!this.#scheduled && this.#queue.length === 0) {
      for (const resolve of this.#idleWaiters.splice(0)) resolve();
    }
  }

  /** Returns what to do after COMMIT for each job, or the storage error that rolled everything back. */
  #runTransaction(batch: readonly Job[]): { settlers: (() => void)[]; written: number } | StorageError {
    const settlers: (() => void)[] = [];
    let written = 0;
    try {
      this.#sql.begin.run();
      for (const job of batch) {
        this.#sql.savepoint.run();
        try {
          settlers.push(job.attempt());
          this.#sql.release.run();
          written++;
        } catch (error) {
          // SQLite may already have rolled the whole transaction back (SQLITE_FULL does); then no
          // savepoint is left and the batch as a whole has failed.
          if (this.#options.isStorageFailure(error) || !this.#db.inTransaction) throw error;
          this.#sql.rollbackTo.run();
          this.#sql.release.run();
          settlers.push(() => job.fail(error));
        }
      }
      this.#sql.commit.run();
      return { settlers, written };
    } catch (error) {
      if (this.#db.inTransaction) this.#tryRollback();
      return this.#options.toStorageError(error);
    }
  }

  #tryRollback(): void {
    try {
      this.#sql.rollback.run();
    } catch {
      // The connection is already unusable; the caller reports the original error.
    }
  }

  /** Nothing of the batch was written. A lock may clear, so those writes wait; other failures are final. */
  #handleFailure(batch: readonly Job[], error: StorageError): void {
    if (error.failure !== "locked") {
      for (const job of batch) job.fail(error);
      return;
    }
    const now = performance.now();
    const waiting = batch.filter((job) => job.deadline > now);
    for (const job of batch) if (job.deadline <= now) job.fail(error);
    if (waiting.length === 0) return;
    this.#queue = [...waiting, ...this.#queue];
    const delay = LOCK_RETRY_MS[Math.min(this.#lockRetries, LOCK_RETRY_MS.length - 1)];
    this.#lockRetries++;
    this.#scheduled = true;
    setTimeout(() => this.#flush(), delay);
  }
}
