import type Database from "better-sqlite3";
import { checkedMaxBatch, oneAtATime } from "../batches.ts";
import type {
  BatchHandler,
  BatchSubscribeOptions,
  EventBus,
  KeyedMessage,
  MessageHandler,
  SubscribeOptions,
  Unsubscribe,
} from "../port.ts";
import { BroadcastSubscription } from "./broadcast-subscription.ts";
import { GroupSubscription } from "./group-subscription.ts";
import { PublishQueue } from "./publish-queue.ts";
import { type BusStatements, prepareStatements } from "./schema.ts";
import type { Subscription, SubscriptionSettings } from "./subscription.ts";

/** How the bus was opened; see `openSqliteBus` for the meaning and defaults. */
export interface SqliteBusSettings {
  pollIntervalMs: number;
  retentionMs: number;
  leaseMs: number;
  busyTimeoutMs: number;
  trimIntervalMs: number;
  clock: () => number;
  onHandlerError: (error: unknown) => void;
}

/**
 * A durable bus in one SQLite file that several processes on one machine share: what lets api, relay,
 * projector and gateway run as separate processes without Kafka. Open it with `openSqliteBus`.
 */
export class SqliteBus implements EventBus {
  private readonly subscriptions = new Set<Subscription>();
  private readonly publishes: PublishQueue;
  private readonly subscriptionSettings: SubscriptionSettings;
  private readonly statements: BusStatements;
  private readonly trimTimer: NodeJS.Timeout;
  private closing: Promise<void> | undefined;
  private acceptsPublishes = true;

  constructor(
    private readonly db: Database.Database,
    private readonly settings: SqliteBusSettings,
  ) {
    this.statements = prepareStatements(db);
    this.subscriptionSettings = { statements: this.statements, ...settings };
    this.publishes = new PublishQueue(
      db,
      this.statements,
      settings.clock,
      settings.busyTimeoutMs,
      (topics) => {
        for (const subscription of this.subscriptions)
          if (topics.has(subscription.topic)) subscription.doorbell.ring();
      },
    );
    this.trimTimer = setInterval(() => {
      try {
        this.trim();
      } catch (error) {
        // Most likely another process held the write lock; the next round trims what this one left.
        settings.onHandlerError(error);
      }
    }, settings.trimIntervalMs);
    // Trimming is housekeeping: it must not keep a process alive that has nothing else to do.
    this.trimTimer.unref();
  }

  async publish<Message>(topic: string, key: string, message: Message): Promise<void> {
    await this.publishBatch(topic, [{ key, message }]);
  }

  async publishBatch<Message>(topic: string, messages: readonly KeyedMessage<Message>[]): Promise<void> {
    if (!this.acceptsPublishes) throw new Error("bus is closed");
    // Every message is encoded before any is queued, so one without a JSON form refuses the whole batch.
    const rows = messages.map(({ key, message }) => ({ topic, key, payload: encoded(topic, message) }));
    if (rows.length > 0) await this.publishes.enqueue(rows);
  }

  async subscribe<Message>(
    topic: string,
    handler: MessageHandler<Message>,
    options: SubscribeOptions = {},
  ): Promise<Unsubscribe> {
    if (this.closing) throw new Error("bus is closed");
    const untyped = handler as MessageHandler<unknown>;
    if (options.group !== undefined) return this.joinGroup(topic, options.group, oneAtATime(untyped), 1);
    const subscription = new BroadcastSubscription(topic, untyped, this.subscriptionSettings);
    this.subscriptions.add(subscription);
    subscription.start();
    return this.unsubscriber(subscription);
  }

  async subscribeBatches<Message>(
    topic: string,
    handler: BatchHandler<Message>,
    options: BatchSubscribeOptions,
  ): Promise<Unsubscribe> {
    const maxBatch = checkedMaxBatch(options.maxBatch);
    if (this.closing) throw new Error("bus is closed");
    return this.joinGroup(topic, options.group, handler as BatchHandler<unknown>, maxBatch);
  }

  private async joinGroup(
    topic: string,
    group: string,
    handler: BatchHandler<unknown>,
    maxBatch: number,
  ): Promise<Unsubscribe> {
    const member = new GroupSubscription(topic, group, handler, maxBatch, this.subscriptionSettings);
    // Registered before joining, so a close that starts meanwhile stops it too.
    this.subscriptions.add(member);
    await member.join();
    return this.unsubscriber(member);
  }

  private unsubscriber(subscription: Subscription): Unsubscribe {
    return async () => {
      this.subscriptions.delete(subscription);
      await subscription.stop();
    };
  }

  /**
   * Deletes messages older than the retention period that every group of their topic has handled (on a
   * topic without groups: every old message), except on the topics kept forever. Runs on a timer; returns
   * how many rows went.
   */
  trim(): number {
    const cutoff = this.settings.clock() - this.settings.retentionMs;
    return this.statements.trim.run(cutoff).changes;
  }

  /**
   * Stops every subscription (handlers in flight may still publish), then writes what was published,
   * releases the leases and closes the file. Calling it again returns the same promise.
   */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    clearInterval(this.trimTimer);
    const stopping = [...this.subscriptions].map((subscription) => subscription.stop());
    this.subscriptions.clear();
    await Promise.all(stopping);
    this.acceptsPublishes = false;
    await this.publishes.drain();
    this.db.close();
  }
}

function encoded(topic: string, message: unknown): string {
  const payload = JSON.stringify(message);
  if (payload === undefined)
    throw new TypeError(`a message on ${topic} must be JSON (got ${typeof message})`);
  return payload;
}
