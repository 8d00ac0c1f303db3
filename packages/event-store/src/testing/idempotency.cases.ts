import { expect, it } from "vitest";
import { DuplicateEventIdError } from "../errors.ts";
import type { EventStore, NewEvent } from "../port.ts";
import type { ConformanceContext } from "./context.ts";
import { freshStream, idsOf, newEvent, newEvents, rejectionOf } from "./fixtures.ts";

async function expectDuplicate(promise: Promise<unknown>, eventId: string): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(DuplicateEventIdError);
  expect(error).toMatchObject({ eventId });
}

/** Everything a later read could notice; a refused or replayed append must leave it unchanged. */
async function snapshot(store: EventStore, streamIds: readonly string[]) {
  const streams = await Promise.all(streamIds.map((streamId) => store.readStream(streamId)));
  return { head: await store.headPosition(), streams: streams.map(idsOf) };
}

/** Idempotency by event id: a retried append is recognised; any other reuse of an id is refused. */
export function idempotencyCases(context: ConformanceContext): void {
  it("given a stored append, when the same events are appended again, then the original result comes back and nothing is stored", async () => {
    const store = context.store();
    const streamId = freshStream();
    const events = newEvents(3);
    const original = await store.appendToStream(streamId, events);
    const before = await snapshot(store, [streamId]);

    const retried = await store.appendToStream(streamId, events);

    expect(retried).toEqual(original);
    expect(await snapshot(store, [streamId])).toEqual(before);
  });

  it("given a stored append, when it is retried with a stale expectedRevision, then it still returns the original result", async () => {
    const store = context.store();
    const streamId = freshStream();
    const events = newEvents(2);
    const original = await store.appendToStream(streamId, events, { expectedRevision: "no_stream" });
    await store.appendToStream(streamId, [newEvent()]);

    expect(await store.appendToStream(streamId, events, { expectedRevision: "no_stream" })).toEqual(original);
    expect(await store.appendToStream(streamId, events, { expectedRevision: 7 })).toEqual(original);
    expect(await store.readStream(streamId)).toHaveLength(3);
  });

  it("given a stored event, when retried with its data keys reordered and new meta, then it is recognised as the same", async () => {
    const store = context.store();
    const streamId = freshStream();
    const event = newEvent({ data: { a: 1, b: { c: [1, { d: 2, e: 3 }] } } });
    const original = await store.appendToStream(streamId, [event]);

    const retry: NewEvent = {
      ...newEvent({ id: event.id, type: event.type }),
      data: { b: { c: [1, { e: 3, d: 2 }] }, a: 1 },
    };
    const result = await store.appendToStream(streamId, [retry]);

    expect(result).toEqual(original);
    expect(await store.readStream(streamId)).toHaveLength(1);
  });

  it("given a stored event, when its id is appended with different data, then it is refused as a duplicate", async () => {
    const store = context.store();
    const streamId = freshStream();
    const event = newEvent({ data: { n: 1 } });
    await store.appendToStream(streamId, [event]);
    const before = await snapshot(store, [streamId]);

    await expectDuplicate(store.appendToStream(streamId, [{ ...event, data: { n: 2 } }]), event.id);
    expect(await snapshot(store, [streamId])).toEqual(before);
  });

  it("given a stored event, when its id is appended with a different type, then it is refused as a duplicate", async () => {
    const store = context.store();
    const streamId = freshStream();
    const event = newEvent({ type: "PostOpened" });
    await store.appendToStream(streamId, [event]);

    await expectDuplicate(store.appendToStream(streamId, [{ ...event, type: "PostClosed" }]), event.id);
  });

  it("given an event stored in one stream, when its id is appended to another stream, then it is refused and the other stream stays empty", async () => {
    const store = context.store();
    const [first, second] = [freshStream(), freshStream()];
    const event = newEvent();
    await store.appendToStream(first, [event]);

    await expectDuplicate(store.appendToStream(second, [event]), event.id);
    expect(await store.readStream(second)).toEqual([]);
  });

  it("given a stored append, when a batch reuses some of its ids with new ones, then it is refused and nothing is stored", async () => {
    const store = context.store();
    const streamId = freshStream();
    const [a, b] = newEvents(2);
    await store.appendToStream(streamId, [a!, b!]);
    const before = await snapshot(store, [streamId]);

    const fresh = newEvent();
    await expectDuplicate(store.appendToStream(streamId, [b!, fresh]), b!.id);
    expect(await snapshot(store, [streamId])).toEqual(before);
  });

  it("given a stored append, when its events are retried in another order, then it is refused", async () => {
    const store = context.store();
    const streamId = freshStream();
    const [a, b] = newEvents(2);
    await store.appendToStream(streamId, [a!, b!]);

    const error = await rejectionOf(store.appendToStream(streamId, [b!, a!]));

    expect(error).toBeInstanceOf(DuplicateEventIdError);
    expect(await store.readStream(streamId)).toHaveLength(2);
  });

  it("given one append naming the same id twice, when appended, then it is refused and nothing is stored", async () => {
    const store = context.store();
    const streamId = freshStream();
    const event = newEvent();

    await expectDuplicate(store.appendToStream(streamId, [event, { ...event }]), event.id);
    expect(await store.readStream(streamId)).toEqual([]);
  });

  it("given an append and its retry in flight at the same time, when both settle, then both get the same result and it is stored once", async () => {
    const store = context.store();
    const streamId = freshStream();
    const events = newEvents(2);

    const [first, retry] = await Promise.all([
      store.appendToStream(streamId, events, { expectedRevision: "no_stream" }),
      store.appendToStream(streamId, events, { expectedRevision: "no_stream" }),
    ]);

    expect(retry).toEqual(first);
    expect(idsOf(await store.readStream(streamId))).toEqual(idsOf(events));
  });
}
