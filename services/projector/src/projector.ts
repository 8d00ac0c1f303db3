import type { SqliteBoardStore } from "@cobuild/board-store";
import type { BoardProjection } from "@cobuild/boards";
import type { EventBus } from "@cobuild/bus";
import type { EventStore, RecordedEvent } from "@cobuild/event-store";
import { BoardWriter } from "./board-writer.ts";

export interface ProjectorOptions {
  store: EventStore;
  boards: SqliteBoardStore;
  bus: EventBus;
  projections: readonly BoardProjection[];
  /** Names the checkpoint, so several projectors (or a rebuild) can keep their own. */
  name?: string;
  /** Events applied per transaction at most; more arrive in the next one. */
  batchSize?: number;
  onError?: (error: unknown) => void;
}

export interface RunningProjector {
  /** Resolves once every event up to `position` is in the boards. */
  waitFor(position: number): Promise<void>;
  position(): number;
  stop(): Promise<void>;
}

/**
 * Folds the log into boards from the stored checkpoint onward, reading the store's own subscription (one
 * process, or processes sharing the SQLite log). Events that arrive together are applied in one
 * transaction with the checkpoint; their deltas are published only after it commits.
 */
export function startProjector(options: ProjectorOptions): RunningProjector {
  const name = options.name ?? "boards";
  const batchSize = options.batchSize ?? 500;
  const writer = new BoardWriter(options.boards, options.bus, options.projections, name);
  const start = writer.checkpoint();
  // Deltas committed before a crash but never published go first.
  void writer.publishUnsent().catch((error) => options.onError?.(error));
  const subscription = options.store.subscribeToAll({ fromPosition: start === 0 ? "start" : start });
  let pending: RecordedEvent[] = [];
  let flushScheduled = false;
  let failures = 0;
  let stopped = false;
  /** Flushes run one after another, so deltas reach the bus in version order. */
  let flushing: Promise<void> = Promise.resolve();
  const scheduleFlush = (): Promise<void> => {
    flushing = flushing.then(flush).catch((error) => options.onError?.(error));
    return flushing;
  };

  const flush = async () => {
    flushScheduled = false;
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    try {
      await writer.apply(batch);
    } catch (error) {
      // Never skip past an event: put the batch back and try again later. A poison event stops the
      // boards here, loudly, instead of leaving them silently different from the log.
      pending = [...batch, ...pending];
      failures++;
      const last = batch.at(-1)?.position;
      options.onError?.(
        new Error(
          `projector ${name}: batch ending at position ${last} failed (attempt ${failures}); retrying`,
          {
            cause: error,
          },
        ),
      );
      if (!stopped) setTimeout(() => void scheduleFlush(), Math.min(100 * 2 ** failures, 30_000));
      return;
    }
    failures = 0;
  };

  const loop = (async () => {
    try {
      for await (const event of subscription) {
        // While a batch keeps failing, read no further: the log waits for us, memory does not grow.
        while (failures > 0 && !stopped) await new Promise((resolve) => setTimeout(resolve, 50));
        pending.push(event);
        if (pending.length >= batchSize) await scheduleFlush();
        else if (!flushScheduled) {
          flushScheduled = true;
          setImmediate(() => void scheduleFlush());
        }
      }
      await scheduleFlush();
    } catch (error) {
      options.onError?.(error);
    }
  })();

  return {
    position: () => writer.checkpoint(),
    waitFor: (target) => writer.waitFor(target),
    stop: async () => {
      stopped = true;
      await subscription.stop();
      await loop;
    },
  };
}
