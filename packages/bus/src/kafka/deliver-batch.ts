import { setTimeout as sleep } from "node:timers/promises";
import type { BatchHandler } from "../port.ts";
import { decodeMessage } from "./message-codec.ts";

/** Where a handler failed, for whoever watches the bus. */
export interface HandlerFailure {
  topic: string;
  partition: number;
  /** The offset of the first message the handler got (a batch's first, for a batch handler). */
  offset: string;
  /** How many messages the failed handler call got. */
  messages: number;
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
  /** Gets the fetched messages in slices of up to `maxBatch`, in offset order. */
  handler: BatchHandler<unknown>;
  maxBatch: number;
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
 * Builds the `eachBatch` callback shared by group and broadcast subscriptions. kafkajs's batch (what one
 * fetch got from one partition) is handed to the handler in slices of up to `maxBatch` consecutive
 * messages; a slice's offsets are resolved only after its handler call resolved (auto-resolve must be
 * off), so whatever kafkajs commits has been handled. Returning early leaves the rest of the batch
 * unresolved: the next fetch, or the next owner of the partition, starts at the first unhandled message.
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

    for (let from = 0; from < batch.messages.length; from += delivery.maxBatch) {
      if (mustStop()) return;
      const slice = batch.messages.slice(from, from + delivery.maxBatch);
      const handled = await handleOnce(slice);
      if (!handled) return;
      // Resolving the last offset marks the whole slice: kafkajs keeps one position per partition.
      const last = slice.at(-1)!.offset;
      payload.resolveOffset(last);
      delivery.onHandled?.(batch.partition, (BigInt(last) + 1n).toString());
      await payload.commitOffsetsIfNecessary();
      await payload.heartbeat();
    }

    /** True once the slice counts as handled; false when the subscription stopped first. */
    async function handleOnce(
      slice: ReadonlyArray<{ offset: string; value: Buffer | null }>,
    ): Promise<boolean> {
      let pause = backoff.firstMs;
      for (let attempt = 1; ; attempt++) {
        try {
          await delivery.handler(slice.map((message) => decodeMessage(message.value)));
          return true;
        } catch (error) {
          const retrying = delivery.group !== undefined;
          report(error, {
            topic: batch.topic,
            partition: batch.partition,
            offset: slice[0]!.offset,
            messages: slice.length,
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
