import type { DomainEvent } from "@cobuild/domain";
import type { RecordedEvent } from "@cobuild/event-store";
import type { z } from "zod";

/** The log holds something this code cannot read: an operator must look, so it is a 500, loudly. */
export class UnreadableEventError extends Error {
  override readonly name = "UnreadableEventError";
}

/**
 * Turns stored events back into typed domain events, validating them against the context's event union.
 * This is where old event versions will be upcast.
 */
export const eventReader =
  <Schema extends z.ZodType<DomainEvent>>(schema: Schema) =>
  (event: RecordedEvent): z.output<Schema> => {
    const parsed = schema.safeParse({ type: event.type, data: event.data });
    if (!parsed.success) {
      throw new UnreadableEventError(
        `event ${event.id} (${event.type}) in ${event.streamId} does not parse`,
        {
          cause: parsed.error,
        },
      );
    }
    return parsed.data;
  };
