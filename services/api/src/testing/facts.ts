// Test-only: writes facts straight into the log, as another context would have recorded them.
import { randomUUID } from "node:crypto";
import type { DomainEvent } from "@cobuild/domain";
import type { EventStore, ExpectedRevision } from "@cobuild/event-store";

const meta = { actor: "test", correlationId: "test", causationId: "test", schemaVersion: 1 };

/** Appends the events to a stream, each with a fresh id and test metadata. */
export async function appendFacts(
  store: EventStore,
  streamId: string,
  events: readonly DomainEvent[],
  expectedRevision: ExpectedRevision = "any",
): Promise<void> {
  await store.appendToStream(
    streamId,
    events.map((event) => ({ id: randomUUID(), type: event.type, data: event.data, meta })),
    { expectedRevision },
  );
}
