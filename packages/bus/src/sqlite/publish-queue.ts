import type Database from "better-sqlite3";
import { whileBusy } from "./busy.ts";
import type { BusStatements } from "./schema.ts";

/** One row to insert into `bus_messages`. */
export interface OutgoingRow {
  topic: string;
  key: string;
  payload: string;
}

/** One publish call: its rows go in together and are acknowledged together. */
interface Waiting {
  rows: readonly OutgoingRow[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for publishes: everything published in one turn of the event loop is inserted in one
 * transaction, so one fsync covers them all, and in call order, so each key keeps publish order. A batch
 * publish's rows sit next to each other in one transaction: all of them are stored, or none.
 */
export class PublishQueue {
  private waiting: Waiting[] = [];
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly db: Database.Database,
    private readonly statements: BusStatements,
    private readonly clock: () => number,
    private readonly busyTimeoutMs: number,
    /** Told which topics just got messages, so local subscribers need not wait for their next poll. */
    private readonly committed: (topics: ReadonlySet<string>) => void,
  ) {}

  enqueue(rows: readonly OutgoingRow[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ rows, resolve, reject });
      this.flushing ??= new Promise<void>((started) => setImmediate(started)).then(() => this.flush());
    });
  }

  /** Resolves once everything enqueued so far has been written or refused. */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      try {
        await whileBusy(() => this.insertAll(batch), this.busyTimeoutMs);
      } catch (error) {
        for (const entry of batch) entry.reject(error);
        continue;
      }
      for (const entry of batch) entry.resolve();
      this.committed(new Set(batch.flatMap(({ rows }) => rows.map(({ topic }) => topic))));
    }
    this.flushing = undefined;
  }

  private insertAll(batch: readonly Waiting[]): void {
    const publishedAt = this.clock();
    this.db
      .transaction(() => {
        for (const { rows } of batch)
          for (const { topic, key, payload } of rows)
            this.statements.insert.run(topic, key, payload, publishedAt);
      })
      .immediate();
  }
}
