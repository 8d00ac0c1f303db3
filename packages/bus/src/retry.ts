import { setTimeout as pause } from "node:timers/promises";

/** A failing group handler is tried again after this pause, doubled on each failure up to the cap. */
export const RETRY_PAUSE = { firstMs: 50, maxMs: 5_000 } as const;

/**
 * Calls `deliver` until it resolves, pausing between failures (each failure goes to `onError`), as a
 * group needs: a message is never skipped. Returns false when `stop` aborted first: the message is then
 * not handled and must be delivered again to whoever takes over.
 */
export async function deliverUntilHandled(
  deliver: () => void | Promise<void>,
  stop: AbortSignal,
  onError: (error: unknown) => void,
): Promise<boolean> {
  for (let wait: number = RETRY_PAUSE.firstMs; ; wait = Math.min(wait * 2, RETRY_PAUSE.maxMs)) {
    try {
      await deliver();
      return true;
    } catch (error) {
      onError(error);
    }
    if (stop.aborted) return false;
    try {
      await pause(wait, undefined, { signal: stop });
    } catch {
      return false;
    }
  }
}
