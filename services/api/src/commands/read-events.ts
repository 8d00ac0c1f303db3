import type { EventDefinitions, EventRegistry, EventUnion } from "@cobuild/domain";
import type { RecordedEvent } from "@cobuild/event-store";

/** The log holds something this code cannot read: an operator must look, so it is a 500, loudly. */
export { UnreadableEventError } from "@cobuild/domain";

/**
 * Turns stored events of one context back into typed domain events through its registry: old versions
 * are upcast to the current one, then checked; anything else throws UnreadableEventError.
 */
export const eventReader =
  <Defs extends EventDefinitions>(registry: EventRegistry<Defs>) =>
  (event: RecordedEvent): EventUnion<Defs> =>
    registry.parse(event);
