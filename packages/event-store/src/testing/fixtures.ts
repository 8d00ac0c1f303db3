import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { AllSubscription, EventStore, NewEvent, RecordedEvent } from "../port.ts";

/** A stream id no other test uses, so stores may be shared between tests. */
export function freshStream(context = "conformance"): string {
  return `${context}-${randomUUID()}`;
}

/** A valid new event with a fresh id; override what the test is about. */
export function newEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    id: randomUUID(),
    type: "ThingHappened",
    data: { n: 1 },
    meta: {
      actor: "system:conformance",
      correlationId: randomUUID(),
      causationId: randomUUID(),
      schemaVersion: 1,
    },
    ...overrides,
  };
}

export function newEvents(count: number): NewEvent[] {
  return Array.from({ length: count }, (_, n) => newEvent({ data: { n } }));
}

/** The error a promise rejected with; fails the test if it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  expect.fail("expected the promise to reject, but it resolved");
}

/** Consumes a subscription in the background, recording what it delivers, until it is stopped. */
export function consume(subscription: AllSubscription): {
  seen: RecordedEvent[];
  stop(): Promise<void>;
} {
  const seen: RecordedEvent[] = [];
  const finished = (async () => {
    for await (const event of subscription) seen.push(event);
  })();
  return {
    seen,
    stop: async () => {
      await subscription.stop();
      await finished;
    },
  };
}

/** Appends `count` single-event appends to `streamId` one after the other; returns their results. */
export async function appendOneByOne(store: EventStore, streamId: string, count: number) {
  const results = [];
  for (let n = 0; n < count; n++)
    results.push(await store.appendToStream(streamId, [newEvent({ data: { n } })]));
  return results;
}

export function revisionsOf(events: readonly RecordedEvent[]): number[] {
  return events.map((event) => event.revision);
}

export function idsOf(events: readonly { id: string }[]): string[] {
  return events.map((event) => event.id);
}
