import { Kafka, logLevel, type Producer } from "kafkajs";
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
import { within } from "./deadline.ts";
import type { HandlerErrorListener, RetryBackoff } from "./deliver-batch.ts";
import { describeError } from "./describe-error.ts";
import { encodeMessage } from "./message-codec.ts";
import { MAX_SEND_BYTES, sendChunks } from "./send-chunks.ts";
import type { StartedConsumer } from "./start-consumer.ts";
import {
  broadcastStart,
  type SubscriptionContext,
  startBroadcastSubscription,
  startGroupSubscription,
} from "./subscriptions.ts";
import { type KafkaTopicSettings, Topics } from "./topics.ts";

export type KafkaLogLevel = "nothing" | "error" | "warn" | "info" | "debug";

const LOG_LEVELS: Record<KafkaLogLevel, logLevel> = {
  nothing: logLevel.NOTHING,
  error: logLevel.ERROR,
  warn: logLevel.WARN,
  info: logLevel.INFO,
  debug: logLevel.DEBUG,
};

/**
 * The broker waits up to the rebalance timeout (kafkajs's default, 60 s) for a group's members to rejoin
 * before a new member's join completes; the rest is room for the join itself.
 */
const JOIN_TIMEOUT_MS = 70_000;

/** A publish resolves once every in-sync replica holds the message (acks = -1). */
const ALL_IN_SYNC_REPLICAS = -1;

/**
 * A publish Kafka has not acknowledged by then rejects, so a caller (the relay, the projector's deltas)
 * retries on its own terms and a shutdown finishes within its grace period even with the brokers down.
 * kafkajs nests its retries (metadata refreshes retry inside each send attempt), so only a deadline bounds
 * the whole send.
 */
const SEND_DEADLINE_MS = 12_000;

/**
 * The producer's own retries of one send, bounded so that a send given up on stops in the background
 * soon after its deadline instead of retrying forever (kafkajs's default for an idempotent producer).
 * kafkajs warns once that this may invalidate exactly-once guarantees: a send given up on may still have
 * been stored, and the next send reuses its sequence number, so the broker takes the next send for a
 * repeat of it. That is safe because every caller here re-sends the same message until it is acknowledged
 * (and every consumer tolerates a repeat): the bus promises at-least-once, in order per key.
 */
const PRODUCER_RETRY = { retries: 5, initialRetryTime: 300, maxRetryTime: 2_000 };

export interface KafkaBusOptions {
  /** host:port of one or more brokers; the client discovers the rest. */
  brokers: string[];
  /** Names this client in the brokers' logs and quotas, and prefixes broadcast group ids. */
  clientId: string;
  /** Topics created with these settings when missing; any other is created on first use with one partition. */
  topics?: Record<string, KafkaTopicSettings>;
  /** What kafkajs logs (to the console). Default "warn". */
  logLevel?: KafkaLogLevel;
  /** Told of every handler that threw. Default: logged at error level. */
  onHandlerError?: HandlerErrorListener;
  /**
   * Told when a subscription's consumer, after it joined its group, crashed and kafkajs will not restart
   * it: that subscription receives nothing more. Default: logged at error level.
   */
  onFatal?: (error: Error) => void;
  /** How long `subscribe` waits for its consumer to join its group. Default 70 s. */
  joinTimeoutMs?: number;
  /** Pauses before a group retries a message whose handler threw. Default 100 ms doubling to 5 s. */
  retryBackoff?: RetryBackoff;
}

/**
 * Connects to Kafka and returns the bus: an idempotent producer (a retried send is never stored twice,
 * and sends of one key keep their order), an admin client for topics, and one consumer per subscription.
 */
export async function openKafkaBus(options: KafkaBusOptions): Promise<EventBus> {
  if (options.brokers.length === 0) throw new Error("openKafkaBus needs at least one broker address");
  const where = `Kafka at ${options.brokers.join(", ")}`;
  const kafka = new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: LOG_LEVELS[options.logLevel ?? "warn"],
  });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: PRODUCER_RETRY });
  const admin = kafka.admin();
  const disconnect = () => Promise.allSettled([producer.disconnect(), admin.disconnect()]);

  // Both attempts finish before giving up, so no connection opens after the error was thrown.
  const connected = await Promise.allSettled([producer.connect(), admin.connect()]);
  const refused = connected.find((result) => result.status === "rejected");
  if (refused !== undefined) {
    await disconnect();
    throw new Error(`${where} is unreachable: ${describeError(refused.reason)}`, { cause: refused.reason });
  }

  const topics = new Topics(admin, options.topics ?? {});
  try {
    await topics.ensureConfigured();
  } catch (error) {
    await disconnect();
    throw new Error(`${where} refused to create the bus's topics: ${describeError(error)}`, { cause: error });
  }

  const logger = kafka.logger();
  return new KafkaBus(producer, topics, where, {
    kafka,
    admin,
    clientId: options.clientId,
    onHandlerError:
      options.onHandlerError ??
      ((error, failure) =>
        logger.error("A message handler threw", { ...failure, error: describeError(error) })),
    onFatal:
      options.onFatal ??
      ((error) => logger.error("A subscription stopped for good", { error: error.message })),
    joinTimeoutMs: options.joinTimeoutMs ?? JOIN_TIMEOUT_MS,
    ...(options.retryBackoff === undefined ? {} : { retryBackoff: options.retryBackoff }),
  });
}

class KafkaBus implements EventBus {
  private readonly subscriptions = new Set<StartedConsumer>();
  private closing: Promise<void> | undefined;

  constructor(
    private readonly producer: Producer,
    private readonly topics: Topics,
    private readonly where: string,
    private readonly context: SubscriptionContext,
  ) {}

  async publish<Message>(topic: string, key: string, message: Message): Promise<void> {
    await this.publishBatch(topic, [{ key, message }]);
  }

  /**
   * One send per run of messages that fits a record batch (see `sendChunks`), one after another, so a
   * large batch is as many acknowledgements as it needs and no more. A send that fails leaves the runs
   * before it stored; the caller re-sends the whole batch.
   */
  async publishBatch<Message>(topic: string, messages: readonly KeyedMessage<Message>[]): Promise<void> {
    this.assertOpen();
    if (messages.length === 0) return;
    await this.topics.ensure(topic);
    const wire = messages.map(({ key, message }) => ({ key, value: encodeMessage(message) }));
    for (const chunk of sendChunks(wire, MAX_SEND_BYTES)) {
      await within(
        this.producer.send({ topic, acks: ALL_IN_SYNC_REPLICAS, messages: chunk }),
        SEND_DEADLINE_MS,
        () =>
          new Error(`${this.where} did not acknowledge a publish to ${topic} within ${SEND_DEADLINE_MS} ms`),
      );
    }
  }

  async subscribe<Message>(
    topic: string,
    handler: MessageHandler<Message>,
    options: SubscribeOptions = {},
  ): Promise<Unsubscribe> {
    // Messages arrive as parsed JSON; the caller names their type, as with every bus.
    const untyped = handler as MessageHandler<unknown>;
    if (options.group !== undefined)
      return this.subscribeBatches(topic, oneAtATime(untyped), { group: options.group, maxBatch: 1 });
    this.assertOpen();
    return this.started(await this.startBroadcast(topic, untyped));
  }

  async subscribeBatches<Message>(
    topic: string,
    handler: BatchHandler<Message>,
    options: BatchSubscribeOptions,
  ): Promise<Unsubscribe> {
    const maxBatch = checkedMaxBatch(options.maxBatch);
    this.assertOpen();
    await this.topics.ensure(topic);
    // Nothing awaited between this check and `add`, so close() stops every consumer that starts.
    this.assertOpen();
    const subscription = startGroupSubscription(
      this.context,
      topic,
      options.group,
      handler as BatchHandler<unknown>,
      maxBatch,
    );
    this.subscriptions.add(subscription);
    return this.started(subscription);
  }

  /** Waits for the consumer to join its group; one that cannot is stopped and forgotten. */
  private async started(subscription: StartedConsumer): Promise<Unsubscribe> {
    try {
      await subscription.joined;
      this.assertOpen();
    } catch (error) {
      await subscription.stop().catch(() => {});
      this.subscriptions.delete(subscription);
      throw this.closing === undefined ? error : new Error("bus is closed", { cause: error });
    }
    return async () => {
      await subscription.stop();
      this.subscriptions.delete(subscription);
    };
  }

  private async startBroadcast(topic: string, handler: MessageHandler<unknown>): Promise<StartedConsumer> {
    await this.topics.ensure(topic);
    const next = await broadcastStart(this.context, topic);
    // assertOpen follows the last await and precedes `add` with none between, so close() stops every
    // consumer that starts.
    this.assertOpen();
    const subscription = startBroadcastSubscription(this.context, topic, next, handler);
    this.subscriptions.add(subscription);
    return subscription;
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    const consumers = await Promise.allSettled([...this.subscriptions].map((s) => s.stop()));
    this.subscriptions.clear();
    const clients = await Promise.allSettled([this.producer.disconnect(), this.context.admin.disconnect()]);
    const failures = [...consumers, ...clients].flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    if (failures.length > 0) throw new AggregateError(failures, "the Kafka bus did not close cleanly");
  }

  private assertOpen(): void {
    if (this.closing !== undefined) throw new Error("bus is closed");
  }
}
