import type { Kafka } from "kafkajs";
import { type Delivery, deliverBatches } from "./deliver-batch.ts";
import { describeError } from "./describe-error.ts";
import { watchForFatalCrash } from "./fatal-crash.ts";
import { nextGroupJoin } from "./group-join.ts";

/**
 * How long an idle fetch waits at the broker for new messages. It also bounds how long an idle consumer
 * takes to notice a stop or a rebalance, so it is well below kafkajs's default of 5 s.
 */
const IDLE_FETCH_WAIT_MS = 1_000;

/** How often a group commits the offsets of handled messages while it works through a long batch. */
const COMMIT_INTERVAL_MS = 1_000;

export interface ConsumerSetup {
  kafka: Kafka;
  topic: string;
  groupId: string;
  /** Where the group starts when it has no committed offset: the oldest retained message, or the end. */
  fromBeginning: boolean;
  /** Whether the group's position is committed to Kafka (a durable group) or kept in memory only. */
  commits: boolean;
  delivery: Omit<Delivery, "stopped">;
  /**
   * Called synchronously each time the consumer (re)joins its group, with its partitions of the topic,
   * before it fetches anything: a seek made here decides where the first fetch starts.
   */
  onJoin?: (partitions: number[], seek: (partition: number, offset: string) => void) => void;
  joinTimeoutMs: number;
  /** Told when the consumer, once joined, crashed and kafkajs will not restart it. */
  onFatal: (error: Error) => void;
  /** Names the subscription in errors. */
  what: string;
}

export interface StartedConsumer {
  /** Resolves once the consumer joined its group; rejects when it cannot, or when stopped first. */
  joined: Promise<void>;
  /** Leaves the group once the handler in flight returned, and disconnects. Idempotent. */
  stop(): Promise<void>;
}

/**
 * One kafkajs consumer per subscription: a member of its own group id, fed by `deliverBatches`, so
 * `unsubscribe` can leave the group without touching other subscriptions.
 */
export function startConsumer(setup: ConsumerSetup): StartedConsumer {
  const stopping = new AbortController();
  const consumer = setup.kafka.consumer({
    groupId: setup.groupId,
    maxWaitTimeInMs: IDLE_FETCH_WAIT_MS,
    // kafkajs restarts a consumer after a retriable crash; one told to stop must stay stopped.
    retry: { restartOnFailure: async () => !stopping.signal.aborted },
  });

  if (setup.onJoin !== undefined) {
    const onJoin = setup.onJoin;
    const seek = (partition: number, offset: string) =>
      consumer.seek({ topic: setup.topic, partition, offset });
    // kafkajs emits this inside its join, after the assignment and before its first fetch.
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      onJoin(payload.memberAssignment[setup.topic] ?? [], seek);
    });
  }

  watchForFatalCrash(consumer, { stopped: stopping.signal, what: setup.what, onFatal: setup.onFatal });
  const firstJoin = nextGroupJoin(consumer, {
    timeoutMs: setup.joinTimeoutMs,
    stopped: stopping.signal,
    what: setup.what,
  });
  // Everything up to `run` happens here and `stop` waits for it: kafkajs's stop does nothing to a consumer
  // still joining, which then starts fetching after the disconnect.
  const started = (async () => {
    await consumer.connect();
    await consumer.subscribe({ topics: [setup.topic], fromBeginning: setup.fromBeginning });
    if (stopping.signal.aborted) return;
    await consumer.run({
      // Handler calls of one subscription never overlap (the port's promise), across partitions too.
      partitionsConsumedConcurrently: 1,
      // deliverBatches resolves each offset once its handler resolved, never a whole batch up front.
      eachBatchAutoResolve: false,
      autoCommit: setup.commits,
      ...(setup.commits ? { autoCommitInterval: COMMIT_INTERVAL_MS } : {}),
      eachBatch: deliverBatches({ ...setup.delivery, stopped: stopping.signal }),
    });
  })().catch((error: unknown) => {
    throw new Error(`${setup.what}: ${describeError(error)}`, { cause: error });
  });

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      stopping.abort();
      await started.catch(() => {});
      await consumer.disconnect();
    })();
    return stopped;
  };

  return { joined: Promise.all([started, firstJoin]).then(() => {}), stop };
}
