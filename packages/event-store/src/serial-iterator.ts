import type { RecordedEvent } from "./port.ts";

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/** The iteration has ended: what a subscription's `next` returns once stopped. */
export const ITERATION_DONE = DONE;

/**
 * The async iterator of a subscription: `next()` calls are served one after another, so concurrent callers
 * still get events in order, and `return()` (a `break` in a for-await loop) stops the subscription.
 * Create it once per subscription, so every iterator of it shares one queue.
 */
export function serialIterator(
  next: () => Promise<IteratorResult<RecordedEvent>>,
  stop: () => Promise<void>,
): AsyncIterator<RecordedEvent> {
  let serial: Promise<unknown> = Promise.resolve();
  return {
    next: () => {
      const result = serial.then(next);
      serial = result.catch(() => undefined);
      return result;
    },
    return: async () => {
      await stop();
      return DONE;
    },
  };
}
