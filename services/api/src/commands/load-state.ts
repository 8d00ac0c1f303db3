import type { Decider, DomainEvent } from "@cobuild/domain";
import { fold } from "@cobuild/domain";
import type { EventStore, RecordedEvent } from "@cobuild/event-store";

/** Reads a stream and folds it: the current state of one aggregate, straight from the log. */
export async function loadState<Event extends DomainEvent, State>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<unknown, Event, State, unknown>, "initialState" | "evolve">,
  read: (event: RecordedEvent) => Event,
): Promise<{ state: State; revision: number }> {
  const events = await store.readStream(streamId);
  return { state: fold(decider, events.map(read)), revision: events.at(-1)?.revision ?? -1 };
}
