import { setTimeout as sleep } from "node:timers/promises";
import type { EventBus, KeyedMessage } from "@cobuild/bus";
import { EVENTS_TOPIC, type EventStore, type RecordedEvent, type RelayedEvent } from "@cobuild/event-store";
import { Pages } from "./pages.ts";

/** Where the relay keeps how far it has published (`CheckpointFile` in a process). */
export interface RelayCheckpoints {
  load(name: string): number;
  save(name: string, position: number): void;
}

/**
 * Events published and checkpointed together while catching up. Big enough that the bus's commit (one
 * sync) and the checkpoint's are spread over many events; small enough that a page stays a few megabytes
 * and a crash repeats little.
 */
export const DEFAULT_PAGE_SIZE = 2_000;

export interface RelayOptions {
  store: EventStore;
  bus: EventBus;
  checkpoints: RelayCheckpoints;
  /** Names the checkpoint; one relay per log. */
  name?: string;
  /** The most events one publish and checkpoint covers. */
  pageSize?: number;
  onError?: (error: unknown) => void;
}

export interface RunningRelay {
  /** Position of the last event the bus has accepted. */
  relayed(): number;
  /** True while the store subscription runs. */
  running(): boolean;
  /** Settles when the relay ends: after stop(), or when the store subscription failed (restart it). */
  finished: Promise<void>;
  /** Stops after the page in hand is published and its checkpoint saved. */
  stop(): Promise<void>;
}

/**
 * Copies the log to the bus: follows the store's subscription to every event (system events are
 * never in it) and publishes each to EVENTS_TOPIC keyed by its stream id, in log order. The API writes
 * only to the store, so there is no dual write to get half right; the relay is the one way events reach
 * the bus.
 *
 * Events go out in pages (see `Pages`): one batch publish, then one checkpoint. A crash between the two
 * republishes that page on restart; consumers skip what they already have (projectors skip events at or
 * below their checkpoint), so the repeat is never visible. A bus that refuses a publish is retried with
 * backoff, with the same page, and the log waits: no event is skipped.
 */
export function startRelay(options: RelayOptions): RunningRelay {
  const { store, bus, checkpoints } = options;
  const name = options.name ?? "relay";
  let relayed = checkpoints.load(name);
  let stopped = false;
  let running = true;
  const subscription = store.subscribeToAll({ fromPosition: relayed === 0 ? "start" : relayed });
  const pages = new Pages(subscription, options.pageSize ?? DEFAULT_PAGE_SIZE);

  const stopping = new AbortController();
  const publish = async (page: readonly KeyedMessage<RelayedEvent>[]) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await bus.publishBatch(EVENTS_TOPIC, page);
        return;
      } catch (error) {
        const first = page[0]?.message.position;
        const last = page.at(-1)?.message.position;
        options.onError?.(
          new Error(`relay: publishing positions ${first} to ${last} failed (attempt ${attempt}); retrying`, {
            cause: error,
          }),
        );
        if (stopped) throw error;
        // A stop cuts the pause short: shutdown should not wait out a backoff.
        await sleep(Math.min(100 * 2 ** attempt, 10_000), undefined, { signal: stopping.signal }).catch(
          () => {},
        );
        if (stopped) throw error;
      }
    }
  };

  const loop = (async () => {
    try {
      for (let page = await pages.next(); page !== undefined && !stopped; page = await pages.next()) {
        await publish(chained(page, relayed));
        relayed = page.at(-1)!.position;
        checkpoints.save(name, relayed);
      }
    } catch (error) {
      if (!stopped) options.onError?.(error);
    } finally {
      running = false;
      pages.close();
    }
  })();

  return {
    relayed: () => relayed,
    running: () => running,
    finished: loop,
    stop: async () => {
      stopped = true;
      stopping.abort();
      await subscription.stop();
      pages.close();
      await loop;
    },
  };
}

/** Each event names the one relayed just before it (the page's first, the checkpoint), so gaps show. */
function chained(page: readonly RecordedEvent[], after: number): KeyedMessage<RelayedEvent>[] {
  let previousPosition = after;
  return page.map((event) => {
    const message = { ...event, previousPosition };
    previousPosition = event.position;
    return { key: event.streamId, message };
  });
}
