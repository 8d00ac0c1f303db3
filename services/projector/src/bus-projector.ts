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
  onError?: (error: unknown) => void;
}

/**
 * Folds events relayed over the bus into boards: the distributed projector. Projectors form a consumer
 * group, so the bus hands the events topic to one of them at a time and moves it to another when that one
 * dies. The bus delivers at least once (a message whose handling was cut off comes again), and the
 * writer skips every event at or below the boards' checkpoint, so nothing is applied twice.
 * A handler that throws is retried by the bus with the same event: nothing is skipped.
 */
export async function startBusProjector(options: BusProjectorOptions): Promise<RunningProjector> {
  const name = options.name ?? "boards";
  const writer = new BoardWriter(options.boards, options.bus, options.projections, name);
  let failures = 0;
  // Deltas a killed predecessor committed but never published go first.
  await writer.publishUnsent();
  const unsubscribe = await options.bus.subscribe<RelayedEvent>(
    EVENTS_TOPIC,
    async (event) => {
      try {
        await writer.apply([event], { after: event.previousPosition });
        failures = 0;
      } catch (error) {
        failures++;
        options.onError?.(
          new Error(
            `projector ${name}: event at position ${event.position} failed (attempt ${failures}); retrying`,
            {
              cause: error,
            },
          ),
        );
        throw error;
      }
    },
    { group: options.group ?? "cobuild-projectors" },
  );
  return {
    position: () => writer.checkpoint(),
    waitFor: (target) => writer.waitFor(target),
    stop: () => unsubscribe(),
  };
}
