import { expect, it, vi } from "vitest";
import type { AppendResult, RecordedEvent } from "../port.ts";
import type { ConformanceContext } from "./context.ts";
import { consume, freshStream, idsOf, newEvent, newEvents } from "./fixtures.ts";

const WAIT = { timeout: 20_000, interval: 20 };

function expectStrictlyIncreasing(events: readonly RecordedEvent[]): void {
  for (let i = 1; i < events.length; i++)
    expect(events[i]!.position).toBeGreaterThan(events[i - 1]!.position);
}

/** subscribeToAll: catch-up, live, checkpoints, ordering under load, stopping, back-pressure. */
export function subscriptionCases(context: ConformanceContext): void {
  it("given events after a checkpoint, when subscribing, then it catches up and then delivers live appends", async () => {
    const store = context.store();
    const streamId = freshStream();
    const checkpoint = await store.headPosition();
    const history = newEvents(3);
    await store.appendToStream(streamId, history);

    const subscriber = consume(store.subscribeToAll({ fromPosition: checkpoint }));
    await vi.waitFor(() => expect(idsOf(subscriber.seen)).toEqual(idsOf(history)), WAIT);
    const live = newEvents(2);
    await store.appendToStream(streamId, live);

    await vi.waitFor(() => expect(idsOf(subscriber.seen)).toEqual(idsOf([...history, ...live])), WAIT);
    await subscriber.stop();
    expect(subscriber.seen.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4]);
  });

  it("given a checkpoint at an event's position, when subscribing from it, then delivery starts strictly after it", async () => {
    const store = context.store();
    const streamId = freshStream();
    const events = newEvents(3);
    await store.appendToStream(streamId, events);
    const [, second] = await store.readStream(streamId);

    const subscription = store.subscribeToAll({ fromPosition: second!.position });
    const first = await subscription[Symbol.asyncIterator]().next();
    await subscription.stop();

    expect(first).toMatchObject({ done: false, value: { id: events[2]!.id } });
  });

  it("given a non-empty log, when subscribing from start, then the log's first event comes first", async () => {
    const store = context.store();
    await store.appendToStream(freshStream(), newEvents(2));
    const [firstInLog] = await store.readAll({ maxCount: 1 });

    const subscription = store.subscribeToAll({ fromPosition: "start" });
    const first = await subscription[Symbol.asyncIterator]().next();
    await subscription.stop();

    expect(first.value).toEqual(firstInLog);
  });

  it("given two subscribers started at different points, when 500 appends race across 25 streams, then each sees the log exactly, without gap or duplicate", async () => {
    const store = context.store();
    const checkpointA = await store.headPosition();
    const a = consume(store.subscribeToAll({ fromPosition: checkpointA }));
    const acknowledged: AppendResult[] = [];
    const writer = async (streamId: string) => {
      for (let n = 0; n < 20; n++) {
        const expectedRevision = n === 0 ? "no_stream" : n - 1;
        acknowledged.push(
          await store.appendToStream(streamId, [newEvent({ data: { n } })], { expectedRevision }),
        );
      }
    };

    // When: 25 concurrent writers; the second subscriber joins mid-way, from a checkpoint in the past.
    const writing = Promise.all(Array.from({ length: 25 }, () => writer(freshStream())));
    await vi.waitFor(() => expect(acknowledged.length).toBeGreaterThanOrEqual(250), WAIT);
    const checkpointB = acknowledged[100]!.position;
    const b = consume(store.subscribeToAll({ fromPosition: checkpointB }));
    await writing;

    // Then
    const last = Math.max(...acknowledged.map((result) => result.position));
    await vi.waitFor(() => {
      expect(a.seen.at(-1)?.position ?? 0).toBeGreaterThanOrEqual(last);
      expect(b.seen.at(-1)?.position ?? 0).toBeGreaterThanOrEqual(last);
    }, WAIT);
    await Promise.all([a.stop(), b.stop()]);
    for (const [subscriber, checkpoint] of [
      [a, checkpointA],
      [b, checkpointB],
    ] as const) {
      const upToLast = subscriber.seen.filter((event) => event.position <= last);
      const log = (await store.readAll({ fromPosition: checkpoint + 1 })).filter(
        (event) => event.position <= last,
      );
      expect(idsOf(upToLast)).toEqual(idsOf(log));
      expectStrictlyIncreasing(upToLast);
      expect(upToLast[0]!.position).toBeGreaterThan(checkpoint);
    }
    const seenByA = new Set(a.seen.map((event) => event.position));
    expect(acknowledged.filter((result) => !seenByA.has(result.position))).toEqual([]);
  });

  it("given a subscriber that stops reading, when hundreds of appends follow, then they all commit and it later reads them in order", async () => {
    const store = context.store();
    const streamId = freshStream();
    const subscription = store.subscribeToAll({ fromPosition: await store.headPosition() });
    const iterator = subscription[Symbol.asyncIterator]();
    const firstEvent = newEvent();
    await store.appendToStream(streamId, [firstEvent]);
    expect(await iterator.next()).toMatchObject({ value: { id: firstEvent.id } });

    // When: the subscriber reads nothing while 300 appends are made.
    const later = Array.from({ length: 300 }, (_, n) => newEvent({ data: { n } }));
    const results = await Promise.all(later.map((event) => store.appendToStream(streamId, [event])));

    // Then: every append was acknowledged without the subscriber's help, and nothing was lost meanwhile.
    expect(results).toHaveLength(300);
    const delivered: string[] = [];
    while (delivered.length < later.length) {
      const next = await iterator.next();
      if (next.done) break;
      if (next.value.streamId === streamId) delivered.push(next.value.id);
    }
    await subscription.stop();
    expect(delivered).toEqual(idsOf(later));
  });

  it("given a subscriber waiting for events, when it is stopped, then the pending and later next() calls end the iteration", async () => {
    const store = context.store();
    const subscription = store.subscribeToAll({ fromPosition: await store.headPosition() });
    const iterator = subscription[Symbol.asyncIterator]();
    const pending = iterator.next();

    await subscription.stop();

    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    await expect(iterator.next()).resolves.toMatchObject({ done: true });
    await subscription.stop();
  });

  it("given a for-await loop over a subscription, when stop() is called, then the loop ends", async () => {
    const store = context.store();
    const streamId = freshStream();
    const checkpoint = await store.headPosition();
    await store.appendToStream(streamId, newEvents(2));
    const subscriber = consume(store.subscribeToAll({ fromPosition: checkpoint }));
    await vi.waitFor(() => expect(subscriber.seen.length).toBeGreaterThanOrEqual(2), WAIT);

    await subscriber.stop();
    await store.appendToStream(streamId, [newEvent()]);

    expect(subscriber.seen.filter((event) => event.streamId === streamId)).toHaveLength(2);
  });

  it("given a for-await loop, when it breaks out, then the subscription is stopped", async () => {
    const store = context.store();
    const streamId = freshStream();
    const checkpoint = await store.headPosition();
    await store.appendToStream(streamId, newEvents(3));
    const subscription = store.subscribeToAll({ fromPosition: checkpoint });

    for await (const event of subscription) {
      expect(event.revision).toBe(0);
      break;
    }

    await expect(subscription[Symbol.asyncIterator]().next()).resolves.toMatchObject({ done: true });
  });
}
