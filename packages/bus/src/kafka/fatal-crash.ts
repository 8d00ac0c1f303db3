/** The part of a kafkajs consumer that reports its joins and crashes (a kafkajs `Consumer` fits it). */
export interface CrashSource {
  readonly events: { readonly GROUP_JOIN: "consumer.group_join"; readonly CRASH: "consumer.crash" };
  on(event: "consumer.group_join", listener: () => void): () => void;
  on(
    event: "consumer.crash",
    listener: (event: { payload: { error: Error; restart: boolean } }) => void,
  ): () => void;
}

export interface FatalCrashWatch {
  /** Aborted when the subscription is told to stop: a crash kafkajs then does not restart from is expected. */
  stopped: AbortSignal;
  /** Names the subscription in the error. */
  what: string;
  onFatal: (error: Error) => void;
}

/**
 * Tells `onFatal` when kafkajs gives up on a consumer that had joined its group: a crash it does not
 * restart from (a non-retriable error) leaves the subscription without a consumer for good, while the
 * process would otherwise go on as if nothing happened. Before the first join the same crash fails
 * `subscribe` instead, so it is not reported twice.
 */
export function watchForFatalCrash(consumer: CrashSource, watch: FatalCrashWatch): void {
  let joined = false;
  consumer.on(consumer.events.GROUP_JOIN, () => {
    joined = true;
  });
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (payload.restart || !joined || watch.stopped.aborted) return;
    watch.onFatal(
      new Error(`${watch.what}: the Kafka consumer stopped for good: ${payload.error.message}`, {
        cause: payload.error,
      }),
    );
  });
}
