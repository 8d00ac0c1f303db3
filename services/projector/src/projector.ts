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
  /**
   * Events applied per transaction at most while catching up; more arrive in the next one. Live events
   * (at the log's head) are applied at once, whatever their number.
   */
  batchSize?: number;
  /** The boards are not served yet (a new boards version being built): make no deltas until `serving()`. */
  building?: boolean;
  /** Called once, when the boards first hold every event the log had when they got there. */
  onCaughtUp?: () => void;
  /** What the boards kept in memory between batches may weigh, as JSON bytes. */
  maxWorkingBytes?: number;
  onError?: (error: unknown) => void;
}

export interface RunningProjector {
  /** Resolves once every event up to `position` is in the boards. */
  waitFor(position: number): Promise<void>;
  position(): number;
  stop(): Promise<void>;
}

/** A projector reading the log itself, so it knows how far behind it is. */
export interface LogProjector extends RunningProjector {
  /** The log's head as last seen: `head() - position()` is how far behind the boards are. */
  head(): number;
  /** The boards are served from now on: publish every change (ends `building`). */
  serving(): void;
}

/**
 * Folds the log into boards from the stored checkpoint onward, reading the store's own subscription (one
 * process, or processes sharing the SQLite log). Events that arrive together are applied in one
 * transaction with the checkpoint; their deltas are published only after it commits.
 */
export function startProjector(options: ProjectorOptions): LogProjector {
  const name = options.name ?? "boards";
  const batchSize = options.batchSize ?? 5_000;
  const writer = new BoardWriter(options.boards, options.bus, options.projections, name, {
    building: options.building,
    maxWorkingBytes: options.maxWorkingBytes,
  });
  // Fed by the log, which replays whatever a power cut takes back: boards nobody is served from yet need
  // not wait for the disk on every commit (see syncEveryCommit).
  if (options.building) options.boards.syncEveryCommit(false);
  const start = writer.checkpoint();
  // Deltas committed before a crash but never published go first.
  void writer.publishUnsent().catch((error) => options.onError?.(error));
  const subscription = options.store.subscribeToAll({ fromPosition: start === 0 ? "start" : start });
  let pending: RecordedEvent[] = [];
  let flushScheduled = false;
  /** How long the last batch took and when it ended: the next live batch waits twice as long. */
  let lastFlushMs = 0;
  let lastFlushEnd = 0;
  let failures = 0;
  let stopped = false;
  let head = 0;
  let caughtUp = false;
  const reportCaughtUp = () => {
    if (caughtUp || writer.checkpoint() < head) return;
    caughtUp = true;
    options.onCaughtUp?.();
  };
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
    const started = performance.now();
    try {
      await writer.apply(batch);
      lastFlushMs = performance.now() - started;
      lastFlushEnd = performance.now();
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
    reportCaughtUp();
  };

  const loop = (async () => {
    try {
      head = await options.store.headPosition();
      reportCaughtUp();
      for await (const event of subscription) {
        // While a batch keeps failing, read no further: the log waits for us, memory does not grow.
        while (failures > 0 && !stopped) await new Promise((resolve) => setTimeout(resolve, 50));
        pending.push(event);
        if (event.position >= head) head = Math.max(head, await options.store.headPosition());
        // Behind the head, events pile up into big batches (one commit each); at the head they go at once.
        const live = event.position >= head;
        if (pending.length >= batchSize) await scheduleFlush();
        else if (live && !flushScheduled) {
          flushScheduled = true;
          // A batch that took long (a big board to write) makes the next one wait twice as long, so events
          // pile up meanwhile and projection holds at most about a third of the process's time: commands
          // and sockets keep their share. Quick batches go at once.
          const wait = lastFlushEnd + 2 * lastFlushMs - performance.now();
          if (wait > 1) setTimeout(() => void scheduleFlush(), wait);
          else setImmediate(() => void scheduleFlush());
        }
      }
      await scheduleFlush();
    } catch (error) {
      options.onError?.(error);
    }
  })();

  return {
    position: () => writer.checkpoint(),
    head: () => Math.max(head, writer.checkpoint()),
    serving: () => {
      options.boards.syncEveryCommit(true);
      writer.serving();
    },
    waitFor: (target) => writer.waitFor(target),
    stop: async () => {
      stopped = true;
      await subscription.stop();
      await loop;
    },
  };
}
