import { setTimeout as sleep } from "node:timers/promises";
import type { MessageHandler } from "../port.ts";
import { decodeMessage } from "./message-codec.ts";

/** Where a handler failed, for whoever watches the bus. */
export interface HandlerFailure {
  topic: string;
  partition: number;
  offset: string;
  /** The consumer group; absent for a broadcast subscription. */
  group?: string;
  /** 1 for the first call with this message, 2 for the first retry, … */
  attempt: number;
  /** True when the same message will be tried again (a group), false when the next one follows. */
  retrying: boolean;
}

export type HandlerErrorListener = (error: unknown, failure: HandlerFailure) => void;

/** Pauses between retries of a message whose handler threw: doubling from `firstMs` up to `maxMs`. */
export interface RetryBackoff {
  firstMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY_BACKOFF: RetryBackoff = { firstMs: 100, maxMs: 5_000 };

/**
 * The part of kafkajs's `eachBatch` payload the delivery loop uses (kafkajs's `EachBatchPayload` fits it;
 * so does the KafkaJS-compatible API of its successor). Offsets are decimal strings, as Kafka's are 64-bit.
 */
export interface BatchOfMessages {
  batch: {
    topic: string;
    partition: number;
    messages: ReadonlyArray<{ offset: string; value: Buffer | null }>;
  };
  /** Marks the message at `offset` handled: the next fetch starts after it, and commits include it. */
  resolveOffset(offset: string): void;
  heartbeat(): Promise<void>;
  commitOffsetsIfNecessary(): Promise<void>;
  isRunning(): boolean;
  /** True once a seek made the rest of this batch obsolete. */
  isStale(): boolean;
}

export interface Delivery {
  handler: MessageHandler<unknown>;
  /** A group retries a failed message until it succeeds; a broadcast (no group) reports it and moves on. */
  group?: string;
  /** Aborted when the subscription stops: a retry pause ends at once and no further message starts. */
  stopped: AbortSignal;
  onHandlerError: HandlerErrorListener;
  /** Told the offset to read next in a partition, once a message there counts as handled. */
  onHandled?: (partition: number, nextOffset: string) => void;
  backoff?: RetryBackoff;
}

/**
 * Builds the `eachBatch` callback shared by group and broadcast subscriptions. A message's offset is
 * resolved only after its handler resolved (auto-resolve must be off), so whatever kafkajs commits has
 * been handled. Returning early leaves the rest of the batch unresolved: the next fetch, or the next owner
 * of the partition, starts at the first unhandled message.
 */
export function deliverBatches(delivery: Delivery): (payload: BatchOfMessages) => Promise<void> {
  const backoff = delivery.backoff ?? DEFAULT_RETRY_BACKOFF;
  const report: HandlerErrorListener = (error, failure) => {
    try {
      delivery.onHandlerError(error, failure);
    } catch {
      // An error escaping into kafkajs would restart its fetch loop and, after a few tries, the consumer.
    }
  };

  return async (payload) => {
    const { batch } = payload;
    const mustStop = () => delivery.stopped.aborted || !payload.isRunning() || payload.isStale();

    for (const message of batch.messages) {
      if (mustStop()) return;
      const handled = await handleOnce(message);
      if (!handled) return;
      payload.resolveOffset(message.offset);
      delivery.onHandled?.(batch.partition, (BigInt(message.offset) + 1n).toString());
      await payload.commitOffsetsIfNecessary();
      await payload.heartbeat();
    }

    /** True once the message counts as handled; false when the subscription stopped first. */
    async function handleOnce(message: { offset: string; value: Buffer | null }): Promise<boolean> {
      let pause = backoff.firstMs;
      for (let attempt = 1; ; attempt++) {
        try {
          await delivery.handler(decodeMessage(message.value));
          return true;
        } catch (error) {
          const retrying = delivery.group !== undefined;
          report(error, {
            topic: batch.topic,
            partition: batch.partition,
            offset: message.offset,
            ...(delivery.group === undefined ? {} : { group: delivery.group }),
            attempt,
            retrying,
          });
          if (!retrying) return true;
        }
        await sleep(pause, undefined, { signal: delivery.stopped }).catch(() => {});
        if (mustStop()) return false;
        // Keeps the membership alive through long pauses; a rebalance surfaces here as a thrown error,
        // which hands the partition back to kafkajs with this message still unresolved.
        await payload.heartbeat();
        pause = Math.min(pause * 2, backoff.maxMs);
      }
    }
  };
}
