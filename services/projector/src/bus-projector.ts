import type { SqliteBoardStore } from "@cobuild/board-store";
import type { BoardProjection } from "@cobuild/boards";
import type { EventBus } from "@cobuild/bus";
import { EVENTS_TOPIC, type RelayedEvent } from "@cobuild/event-store";
import { BoardWriter } from "./board-writer.ts";
import type { RunningProjector } from "./projector.ts";

export interface BusProjectorOptions {
  /** Where events arrive (relayed from the log) and where board deltas go. */
  bus: EventBus;
  boards: SqliteBoardStore;
  projections: readonly BoardProjection[];
  /** The consumer group: projectors sharing it share the work; the group's place is kept by the bus. */
  group?: string;
  name?: string;
  /** Events applied per transaction at most; a projector far behind catches up in batches of this size. */
  maxBatch?: number;
  onError?: (error: unknown) => void;
}

/**
 * As the log-reading projector's batch: catching up, each batch is one boards transaction (one sync) and
 * writes each board it touched once, so a busy board written once per 5,000 events instead of per 500 costs
 * a tenth as much. Live, batches are what the bus holds, a few events. A batch of 5,000 relayed events is a
 * few megabytes in memory and applies well within the SQLite bus's 5 s group lease.
 */
const DEFAULT_MAX_BATCH = 5_000;

/**
 * Folds events relayed over the bus into boards: the distributed projector. Projectors form a consumer
 * group, so the bus hands the events topic to one of them at a time and moves it to another when that one
 * dies. Events come in batches of what the bus holds, each applied in one transaction. The bus delivers at
 * least once (a batch whose handling was cut off comes again), and the writer skips every event at or
 * below the position it reached, so nothing is applied twice; each event names its predecessor, so a
 * missing one stops the boards before the gap. A batch that throws is retried by the bus: nothing is
 * skipped.
 */
export async function startBusProjector(options: BusProjectorOptions): Promise<RunningProjector> {
  const name = options.name ?? "boards";
  const writer = new BoardWriter(options.boards, options.bus, options.projections, name);
  let failures = 0;
  // Deltas a killed predecessor committed but never published go first.
  await writer.publishUnsent();
  const unsubscribe = await options.bus.subscribeBatches<RelayedEvent>(
    EVENTS_TOPIC,
    async (events) => {
      try {
        // One transaction per batch: catching up commits (and syncs) the boards file once per batch.
        await writer.apply(events);
        failures = 0;
      } catch (error) {
        failures++;
        const first = events[0]?.position;
        const last = events.at(-1)?.position;
        options.onError?.(
          new Error(
            `projector ${name}: events at positions ${first} to ${last} failed (attempt ${failures}); retrying`,
            { cause: error },
          ),
        );
        throw error;
      }
    },
    { group: options.group ?? "cobuild-projectors", maxBatch: options.maxBatch ?? DEFAULT_MAX_BATCH },
  );
  return {
    position: () => writer.checkpoint(),
    waitFor: (target) => writer.waitFor(target),
    stop: () => unsubscribe(),
  };
}
