import { expect, it } from "vitest";
import { WrongExpectedRevisionError } from "../errors.ts";
import type { ExpectedRevision } from "../port.ts";
import type { ConformanceContext } from "./context.ts";
import {
  appendOneByOne,
  freshStream,
  idsOf,
  newEvent,
  newEvents,
  rejectionOf,
  revisionsOf,
} from "./fixtures.ts";

async function expectWrongRevision(
  promise: Promise<unknown>,
  streamId: string,
  expected: ExpectedRevision,
  actual: number | "no_stream",
): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(WrongExpectedRevisionError);
  expect(error).toMatchObject({ streamId, expected, actual });
}

/** Appending: numbering, every expectedRevision mode, atomicity and what is stored. */
export function appendCases(context: ConformanceContext): void {
  it("given a new stream, when three events are appended, then they get revisions 0..2 and the result names the last", async () => {
    const store = context.store();
    const streamId = freshStream();
    const events = newEvents(3);

    const result = await store.appendToStream(streamId, events);

    const stored = await store.readStream(streamId);
    expect(revisionsOf(stored)).toEqual([0, 1, 2]);
    expect(idsOf(stored)).toEqual(idsOf(events));
    expect(result).toEqual({ nextRevision: 2, position: stored[2]!.position });
    expect(stored[0]!.position).toBeGreaterThanOrEqual(1);
    expect(stored[1]!.position).toBeGreaterThan(stored[0]!.position);
    expect(stored[2]!.position).toBeGreaterThan(stored[1]!.position);
  });

  it("given an existing stream, when more events are appended, then revisions continue where they stopped", async () => {
    const store = context.store();
    const streamId = freshStream();
    await store.appendToStream(streamId, newEvents(2));

    const result = await store.appendToStream(streamId, newEvents(2));

    expect(result.nextRevision).toBe(3);
    expect(revisionsOf(await store.readStream(streamId))).toEqual([0, 1, 2, 3]);
  });

  it("given two streams, when appends alternate between them, then global positions follow append order", async () => {
    const store = context.store();
    const [a, b] = [freshStream(), freshStream()];

    const first = await store.appendToStream(a, [newEvent()]);
    const second = await store.appendToStream(b, [newEvent()]);
    const third = await store.appendToStream(a, [newEvent()]);

    expect(second.position).toBeGreaterThan(first.position);
    expect(third.position).toBeGreaterThan(second.position);
    const log = (await store.readAll({ fromPosition: first.position })).filter((e) =>
      [a, b].includes(e.streamId),
    );
    expect(log.map((e) => [e.streamId, e.revision])).toEqual([
      [a, 0],
      [b, 0],
      [a, 1],
    ]);
  });

  it("given expectedRevision any or none at all, when appending to a new and then an existing stream, then both are accepted", async () => {
    const store = context.store();
    const streamId = freshStream();

    await store.appendToStream(streamId, [newEvent()], { expectedRevision: "any" });
    await store.appendToStream(streamId, [newEvent()]);

    expect(revisionsOf(await store.readStream(streamId))).toEqual([0, 1]);
  });

  it("given a new stream, when appending with no_stream, then it is accepted", async () => {
    const store = context.store();
    const streamId = freshStream();

    const result = await store.appendToStream(streamId, [newEvent()], { expectedRevision: "no_stream" });

    expect(result.nextRevision).toBe(0);
  });

  it("given an existing stream, when appending with no_stream, then it is refused with the actual revision", async () => {
    const store = context.store();
    const streamId = freshStream();
    await store.appendToStream(streamId, newEvents(3));

    const refused = store.appendToStream(streamId, [newEvent()], { expectedRevision: "no_stream" });

    await expectWrongRevision(refused, streamId, "no_stream", 2);
    expect(await store.readStream(streamId)).toHaveLength(3);
  });

  it("given an existing stream, when appending with stream_exists, then it is accepted", async () => {
    const store = context.store();
    const streamId = freshStream();
    await store.appendToStream(streamId, [newEvent()]);

    const result = await store.appendToStream(streamId, [newEvent()], { expectedRevision: "stream_exists" });

    expect(result.nextRevision).toBe(1);
  });

  it("given a new stream, when appending with stream_exists, then it is refused with actual no_stream", async () => {
    const store = context.store();
    const streamId = freshStream();

    const refused = store.appendToStream(streamId, [newEvent()], { expectedRevision: "stream_exists" });

    await expectWrongRevision(refused, streamId, "stream_exists", "no_stream");
    expect(await store.readStream(streamId)).toEqual([]);
  });

  it("given a stream at revision 1, when appending expecting revision 1, then it is accepted", async () => {
    const store = context.store();
    const streamId = freshStream();
    await store.appendToStream(streamId, newEvents(2));

    const result = await store.appendToStream(streamId, [newEvent()], { expectedRevision: 1 });

    expect(result.nextRevision).toBe(2);
  });

  it("given a stream at revision 2, when appending expecting a stale or a future revision, then both are refused with the actual revision", async () => {
    const store = context.store();
    const streamId = freshStream();
    await store.appendToStream(streamId, newEvents(3));

    await expectWrongRevision(
      store.appendToStream(streamId, [newEvent()], { expectedRevision: 1 }),
      streamId,
      1,
      2,
    );
    await expectWrongRevision(
      store.appendToStream(streamId, [newEvent()], { expectedRevision: 5 }),
      streamId,
      5,
      2,
    );
    expect(await store.readStream(streamId)).toHaveLength(3);
  });

  it("given a new stream, when appending expecting revision 0, then it is refused with actual no_stream", async () => {
    const store = context.store();
    const streamId = freshStream();

    const refused = store.appendToStream(streamId, [newEvent()], { expectedRevision: 0 });

    await expectWrongRevision(refused, streamId, 0, "no_stream");
  });

  it("given five writers holding revision 0, when they append at the same time, then exactly one wins", async () => {
    const store = context.store();
    const streamId = freshStream();
    await store.appendToStream(streamId, [newEvent()]);

    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, () => store.appendToStream(streamId, newEvents(2), { expectedRevision: 0 })),
    );

    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const losers = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
    expect(losers).toHaveLength(4);
    for (const error of losers)
      expect(error).toMatchObject({ name: "WrongExpectedRevisionError", actual: 2 });
    expect(revisionsOf(await store.readStream(streamId))).toEqual([0, 1, 2]);
  });

  it("given a refused append issued together with valid ones, when they settle, then only the refused one fails", async () => {
    const store = context.store();
    const [taken, other] = [freshStream(), freshStream()];
    await store.appendToStream(taken, [newEvent()]);

    const [refused, sameStream, otherStream] = await Promise.allSettled([
      store.appendToStream(taken, newEvents(2), { expectedRevision: "no_stream" }),
      store.appendToStream(taken, [newEvent()], { expectedRevision: 0 }),
      store.appendToStream(other, [newEvent()], { expectedRevision: "no_stream" }),
    ]);

    expect(refused.status).toBe("rejected");
    expect(sameStream).toMatchObject({ status: "fulfilled", value: { nextRevision: 1 } });
    expect(otherStream).toMatchObject({ status: "fulfilled", value: { nextRevision: 0 } });
    expect(revisionsOf(await store.readStream(taken))).toEqual([0, 1]);
  });

  it("given rich data and meta, when appended and read back, then everything round-trips", async () => {
    const store = context.store();
    const streamId = freshStream("agreement");
    const event = newEvent({
      type: "ContributionLogged",
      data: { quantity: 3.5, note: "社区共建 ✓", tags: ["a", "b"], nested: { empty: null, flag: false } },
      meta: {
        actor: "account-1",
        correlationId: "c-1",
        causationId: "c-0",
        schemaVersion: 2,
        idempotencyKey: "k-1",
      },
      occurredAt: "2026-03-01T08:30:00.000Z",
    });

    await store.appendToStream(streamId, [event]);

    const [stored] = await store.readStream(streamId);
    expect(stored).toMatchObject({ ...event, streamId, revision: 0 });
  });

  it("given an event without occurredAt, when appended, then the store records an ISO-8601 instant", async () => {
    const store = context.store();
    const streamId = freshStream();

    await store.appendToStream(streamId, [newEvent()]);

    const [stored] = await store.readStream(streamId);
    expect(new Date(stored!.occurredAt).toISOString()).toBe(stored!.occurredAt);
  });

  it("given an existing stream, when an empty list is appended, then the expectation is checked and nothing is written", async () => {
    const store = context.store();
    const streamId = freshStream();
    const appended = await store.appendToStream(streamId, newEvents(2));
    const head = await store.headPosition();

    const result = await store.appendToStream(streamId, [], { expectedRevision: 1 });

    expect(result).toEqual(appended);
    await expectWrongRevision(store.appendToStream(streamId, [], { expectedRevision: 0 }), streamId, 0, 1);
    expect(await store.readStream(streamId)).toHaveLength(2);
    expect(await store.headPosition()).toBe(head);
  });

  it("given a new stream, when an empty list is appended, then it reports revision -1 and does not create the stream", async () => {
    const store = context.store();
    const streamId = freshStream();

    const result = await store.appendToStream(streamId, [], { expectedRevision: "no_stream" });

    expect(result).toEqual({ nextRevision: -1, position: 0 });
    await expectWrongRevision(
      store.appendToStream(streamId, [], { expectedRevision: "stream_exists" }),
      streamId,
      "stream_exists",
      "no_stream",
    );
    await appendOneByOne(store, streamId, 1);
    expect(revisionsOf(await store.readStream(streamId))).toEqual([0]);
  });
}
