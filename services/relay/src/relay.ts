import { setTimeout as sleep } from "node:timers/promises";
import type { EventBus } from "@cobuild/bus";
import { EVENTS_TOPIC, type EventStore, type RelayedEvent } from "@cobuild/event-store";
import type { CheckpointFile } from "./checkpoint-file.ts";

export interface RelayOptions {
  store: EventStore;
  bus: EventBus;
  checkpoints: CheckpointFile;
  /** Names the checkpoint; one relay per log. */
  name?: string;
  onError?: (error: unknown) => void;
}

export interface RunningRelay {
  /** Position of the last event the bus has accepted. */
  relayed(): number;
  /** True while the store subscription runs. */
  running(): boolean;
  /** Settles when the relay ends: after stop(), or when the store subscription failed (restart it). */
  finished: Promise<void>;
  /** Stops after the event in hand is published and its checkpoint saved. */
  stop(): Promise<void>;
}

/**
 * Copies the log to the bus: follows the store's subscription to every event (system events are
 * never in it) and publishes each to EVENTS_TOPIC keyed by its stream id, in log order. The API writes
 * only to the store, so there is no dual write to get half right; the relay is the one way events reach
 * the bus.
 *
 * The checkpoint is saved after every publish the bus has acknowledged. A crash between the two
 * republishes that one event on restart; consumers skip what they already have (projectors skip events at
 * or below their checkpoint), so the repeat is never visible. A bus that refuses a publish is retried with
 * backoff and the log waits: no event is skipped.
 */
export function startRelay(options: RelayOptions): RunningRelay {
  const { store, bus, checkpoints } = options;
  const name = options.name ?? "relay";
  let relayed = checkpoints.load(name);
  let stopped = false;
  let running = true;
  const subscription = store.subscribeToAll({ fromPosition: relayed === 0 ? "start" : relayed });

  const stopping = new AbortController();
  const publish = async (event: RelayedEvent) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await bus.publish(EVENTS_TOPIC, event.streamId, event);
        return;
      } catch (error) {
        options.onError?.(
          new Error(`relay: publishing position ${event.position} failed (attempt ${attempt}); retrying`, {
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
      for await (const event of subscription) {
        await publish({ ...event, previousPosition: relayed });
        relayed = event.position;
        checkpoints.save(name, relayed);
      }
    } catch (error) {
      if (!stopped) options.onError?.(error);
    } finally {
      running = false;
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
      await loop;
    },
  };
}
