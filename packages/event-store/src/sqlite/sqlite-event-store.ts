import type Database from "better-sqlite3";
import type {
  AllSubscription,
  AppendOptions,
  AppendResult,
  EventStore,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
} from "../port.ts";
import { type AppendRequest, appendInTransaction, prepareAppend } from "./append.ts";
import { prepareStatements, type Statements, toRecordedEvent } from "./schema.ts";
import { mapStorageFailure, storageError, storageFailureOf, toStorageError } from "./storage-errors.ts";
import { PollingSubscription } from "./subscription.ts";
import { ThreadedWriter } from "./threaded-writer.ts";
import { GroupCommitQueue } from "./writer-queue.ts";
import type { WriterSettings } from "./writer-wire.ts";

/** How a SqliteEventStore behaves once opened; see `openSqliteEventStore` for the defaults. */
export interface SqliteEventStoreSettings {
  path: string;
  clock: () => Date;
  pollIntervalMs: number;
  busyTimeoutMs: number;
  /** When set, appends commit in a worker thread with its own connection (see ThreadedWriter). */
  writerThread?: WriterSettings | undefined;
}

/** Where appends are committed: on this thread's connection, or in the writer thread. */
interface Writer {
  append(request: AppendRequest): Promise<AppendResult>;
  drained(): Promise<void>;
  stats(): { commits: number; writesCommitted: number };
  close(): Promise<void>;
}

/** How well group commit is doing: committed transactions versus the appends they stored. */
export interface SqliteEventStoreStats {
  /** Write transactions committed since the store was opened. */
  commits: number;
  /** Appends that succeeded in them (replays and empty appends included, though they write nothing). */
  appendsCommitted: number;
}

// Big enough to amortise a query, small enough that a lagging subscriber holds little memory.
const SUBSCRIPTION_PAGE_SIZE = 256;
const NO_LIMIT = -1;

/** The embedded event store: one SQLite connection, one group-commit writer queue. */
export class SqliteEventStore implements EventStore {
  readonly #db: Database.Database;
  readonly #statements: Statements;
  readonly #writer: Writer;
  readonly #settings: SqliteEventStoreSettings;
  readonly #subscriptions = new Set<PollingSubscription>();
  #closing: Promise<void> | undefined;

  /** Use `openSqliteEventStore`, which configures the connection and creates the schema first. */
  constructor(db: Database.Database, settings: SqliteEventStoreSettings) {
    this.#db = db;
    this.#settings = settings;
    this.#statements = prepareStatements(db);
    const wakeSubscriptions = () => {
      for (const subscription of this.#subscriptions) subscription.wake();
    };
    this.#writer = settings.writerThread
      ? new ThreadedWriter(settings.writerThread, wakeSubscriptions)
      : inlineWriter(db, this.#statements, settings, wakeSubscriptions);
  }

  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    // Everything before the enqueue runs synchronously, so appends issued in one turn share a transaction.
    if (this.#closing !== undefined) throw storageError("closed", this.#settings.path);
    const request = prepareAppend(streamId, events, options.expectedRevision ?? "any", this.#settings.clock);
    return this.#writer.append(request);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const limit = toLimit(options.maxCount);
    const rows = this.#read(() =>
      options.direction === "backwards"
        ? this.#statements.streamBackwards.all(
            streamId,
            options.fromRevision ?? Number.MAX_SAFE_INTEGER,
            limit,
          )
        : this.#statements.streamForwards.all(streamId, options.fromRevision ?? 0, limit),
    );
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const from =
      options.fromPosition === undefined || options.fromPosition === "start" ? 1 : options.fromPosition;
    const limit = toLimit(options.maxCount);
    return this.#read(() => this.#statements.allForwards.all(from, limit)).map(toRecordedEvent);
  }

  async headPosition(): Promise<number> {
    return this.#read(() => this.#statements.head.get()?.head ?? 0);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): AllSubscription {
    const from = options.fromPosition ?? "start";
    if (from !== "start" && (!Number.isSafeInteger(from) || from < 0)) {
      throw new RangeError(`fromPosition must be "start" or a position (an integer >= 0), got ${from}`);
    }
    const subscription = new PollingSubscription({
      readPage: (after, limit) =>
        this.#read(() => this.#statements.allForwards.all(after + 1, limit)).map(toRecordedEvent),
      checkpoint: from === "start" ? 0 : from,
      pageSize: SUBSCRIPTION_PAGE_SIZE,
      pollIntervalMs: this.#settings.pollIntervalMs,
      onStop: (stopped) => this.#subscriptions.delete(stopped),
    });
    // After close the first next() rejects with StorageError("closed") from the read.
    if (this.#db.open) this.#subscriptions.add(subscription);
    return subscription;
  }

  /** Counters for monitoring (and for tests that check appends really are batched). */
  stats(): SqliteEventStoreStats {
    const { commits, writesCommitted } = this.#writer.stats();
    return { commits, appendsCommitted: writesCommitted };
  }

  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    // Appends already accepted are committed, not dropped; new ones are refused from here on.
    await this.#writer.drained();
    await this.#writer.close();
    await Promise.all([...this.#subscriptions].map((subscription) => subscription.stop()));
    this.#db.close();
  }

  /** Reads run on the same connection between write transactions, so they only see committed events. */
  #read<T>(query: () => T): T {
    if (!this.#db.open) throw storageError("closed", this.#settings.path);
    try {
      return query();
    } catch (error) {
      throw mapStorageFailure(error, this.#settings.path);
    }
  }
}

/** The writer on this thread: group commit over the store's own connection. */
function inlineWriter(
  db: Database.Database,
  statements: Statements,
  settings: SqliteEventStoreSettings,
  onCommit: () => void,
): Writer {
  const queue = new GroupCommitQueue(db, {
    isStorageFailure: (error) => storageFailureOf(error) !== undefined,
    toStorageError: (error) => toStorageError(error, settings.path),
    onCommit,
  });
  return {
    append: (request) =>
      queue.enqueue(() => appendInTransaction(statements, settings.clock, request), settings.busyTimeoutMs),
    drained: () => queue.drained(),
    stats: () => queue.stats(),
    close: async () => {},
  };
}

function toLimit(maxCount: number | undefined): number {
  if (maxCount === undefined) return NO_LIMIT;
  if (!Number.isSafeInteger(maxCount) || maxCount < 0) {
    throw new RangeError(`maxCount must be an integer >= 0, got ${maxCount}`);
  }
  return maxCount;
}
