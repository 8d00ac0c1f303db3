import { randomUUID } from "node:crypto";
import type { Admin, Kafka } from "kafkajs";
import { oneAtATime } from "../batches.ts";
import type { BatchHandler, MessageHandler } from "../port.ts";
import type { HandlerErrorListener, RetryBackoff } from "./deliver-batch.ts";
import { type StartedConsumer, startConsumer } from "./start-consumer.ts";

export interface SubscriptionContext {
  kafka: Kafka;
  admin: Admin;
  clientId: string;
  onHandlerError: HandlerErrorListener;
  onFatal: (error: Error) => void;
  joinTimeoutMs: number;
  retryBackoff?: RetryBackoff;
}

/**
 * A member of a consumer group. The group's position lives in Kafka: offsets are committed only for
 * messages whose handler resolved (every second while a batch runs, at its end, before a rebalance and
 * when the member stops), so a later member resumes after the last handled message. The handler gets up to
 * `maxBatch` consecutive messages of one partition per call (1 for a plain `subscribe`). A group Kafka has
 * no offsets for starts at the oldest retained message.
 */
export function startGroupSubscription(
  context: SubscriptionContext,
  topic: string,
  group: string,
  handler: BatchHandler<unknown>,
  maxBatch: number,
): StartedConsumer {
  return startConsumer({
    kafka: context.kafka,
    topic,
    groupId: group,
    fromBeginning: true,
    commits: true,
    delivery: {
      handler,
      maxBatch,
      group,
      onHandlerError: context.onHandlerError,
      ...(context.retryBackoff === undefined ? {} : { backoff: context.retryBackoff }),
    },
    joinTimeoutMs: context.joinTimeoutMs,
    onFatal: context.onFatal,
    what: `subscription of group ${group} to ${topic}`,
  });
}

/** Reads where a broadcast subscription starts: the end of every partition of the topic, now. */
export async function broadcastStart(
  context: SubscriptionContext,
  topic: string,
): Promise<Map<number, string>> {
  const ends = await context.admin.fetchTopicOffsets(topic);
  return new Map(ends.map(({ partition, offset }) => [partition, offset]));
}

/**
 * A broadcast: the only member of a group of its own, which commits nothing (so it leaves nothing behind
 * in Kafka) and keeps its position in memory.
 *
 * It must see exactly the messages published after `subscribe` resolved. `fromBeginning: false` alone
 * does not do that: kafkajs reads a new group's starting offset (the end) at its first fetch, after the
 * join, so a message published in between would be missed. Instead the caller reads the end offsets
 * before the consumer starts (a publish that resolved has, with acks from all in-sync replicas, an offset
 * below them; one published later has an offset at or above them), and each join seeks every assigned
 * partition to the next unread offset. Seeking on every join, not only the first, matters because kafkajs
 * forgets uncommitted positions when it rejoins, and would otherwise jump to the end.
 * `fromBeginning: false` remains only for a position the broker no longer holds.
 */
export function startBroadcastSubscription(
  context: SubscriptionContext,
  topic: string,
  next: Map<number, string>,
  handler: MessageHandler<unknown>,
): StartedConsumer {
  return startConsumer({
    kafka: context.kafka,
    topic,
    groupId: `${context.clientId}-broadcast-${randomUUID()}`,
    fromBeginning: false,
    commits: false,
    delivery: {
      handler: oneAtATime(handler),
      maxBatch: 1,
      onHandlerError: context.onHandlerError,
      onHandled: (partition, offset) => next.set(partition, offset),
    },
    // A partition added after the subscription began holds only messages published after it.
    onJoin: (partitions, seek) => {
      for (const partition of partitions) seek(partition, next.get(partition) ?? "0");
    },
    joinTimeoutMs: context.joinTimeoutMs,
    onFatal: context.onFatal,
    what: `broadcast subscription to ${topic}`,
  });
}
