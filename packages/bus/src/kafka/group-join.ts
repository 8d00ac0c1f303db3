import type { Consumer } from "kafkajs";

export interface JoinWait {
  timeoutMs: number;
  /** Aborted when the subscription stops before it joined. */
  stopped: AbortSignal;
  /** Names the subscription in errors. */
  what: string;
}

/**
 * Resolves at the consumer's next group join. `consumer.run()` alone does not tell: when the join fails
 * it still resolves, after kafkajs logged the crash and perhaps scheduled a restart. A restart may still
 * join in time, so only a crash kafkajs will not restart from rejects at once.
 */
export function nextGroupJoin(consumer: Consumer, wait: JoinWait): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const listeners: Array<() => void> = [];
    const settle = (error?: Error) => {
      for (const remove of listeners) remove();
      clearTimeout(timer);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onStop = () => settle(new Error(`${wait.what}: stopped before it joined its consumer group`));

    const timer = setTimeout(
      () => settle(new Error(`${wait.what}: not in its consumer group after ${wait.timeoutMs} ms`)),
      wait.timeoutMs,
    );
    listeners.push(
      consumer.on(consumer.events.GROUP_JOIN, () => settle()),
      consumer.on(consumer.events.CRASH, ({ payload }) => {
        if (!payload.restart) {
          settle(
            new Error(`${wait.what}: the Kafka consumer failed: ${payload.error.message}`, {
              cause: payload.error,
            }),
          );
        }
      }),
      () => wait.stopped.removeEventListener("abort", onStop),
    );
    if (wait.stopped.aborted) onStop();
    else wait.stopped.addEventListener("abort", onStop, { once: true });
  });
}
