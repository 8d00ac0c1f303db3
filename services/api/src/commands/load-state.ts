import type { Decider, DomainEvent } from "@cobuild/domain";
import type { EventStore, RecordedEvent } from "@cobuild/event-store";
import { streamCacheOf } from "./stream-cache.ts";

/**
 * The current state of one aggregate, straight from the log: the cached fold of its stream plus the
 * events appended since (see StreamCache). The state belongs to the cache: read it, do not change it.
 */
export async function loadState<Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<unknown, Event, State, unknown>, "initialState" | "evolve">,
  read: (event: RecordedEvent) => Event,
): Promise<{ state: State; revision: number }> {
  const { state, revision } = await streamCacheOf(store).load(streamId, decider, read);
  return { state, revision };
}
