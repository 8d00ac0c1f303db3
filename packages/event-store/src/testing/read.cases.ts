import { expect, it } from "vitest";
import type { ConformanceContext } from "./context.ts";
import { freshStream, idsOf, newEvent, newEvents, revisionsOf } from "./fixtures.ts";

/** readStream, readAll and headPosition with each of their options. */
export function readCases(context: ConformanceContext): void {
  async function streamOfFive() {
    const store = context.store();
    const streamId = freshStream();
    await store.appendToStream(streamId, newEvents(5));
    return { store, streamId };
  }

  it("given an unknown stream, when it is read in either direction, then it reads as empty", async () => {
    const store = context.store();
    const streamId = freshStream();

    expect(await store.readStream(streamId)).toEqual([]);
    expect(await store.readStream(streamId, { direction: "backwards" })).toEqual([]);
  });

  it("given a stream of five, when read with no options, then all come forwards in revision order", async () => {
    const { store, streamId } = await streamOfFive();

    const events = await store.readStream(streamId);

    expect(revisionsOf(events)).toEqual([0, 1, 2, 3, 4]);
    expect(events.every((event) => event.streamId === streamId)).toBe(true);
  });

  it("given a stream of five, when read forwards from revision 2 with maxCount 2, then revisions 2 and 3 come back", async () => {
    const { store, streamId } = await streamOfFive();

    expect(revisionsOf(await store.readStream(streamId, { fromRevision: 2 }))).toEqual([2, 3, 4]);
    expect(revisionsOf(await store.readStream(streamId, { fromRevision: 2, maxCount: 2 }))).toEqual([2, 3]);
    expect(revisionsOf(await store.readStream(streamId, { maxCount: 1 }))).toEqual([0]);
  });

  it("given a stream of five, when read backwards, then it starts at the last revision by default", async () => {
    const { store, streamId } = await streamOfFive();

    expect(revisionsOf(await store.readStream(streamId, { direction: "backwards" }))).toEqual([
      4, 3, 2, 1, 0,
    ]);
    expect(revisionsOf(await store.readStream(streamId, { direction: "backwards", maxCount: 1 }))).toEqual([
      4,
    ]);
  });

  it("given a stream of five, when read backwards from revision 3 with maxCount 2, then revisions 3 and 2 come back", async () => {
    const { store, streamId } = await streamOfFive();

    const events = await store.readStream(streamId, { direction: "backwards", fromRevision: 3, maxCount: 2 });

    expect(revisionsOf(events)).toEqual([3, 2]);
  });

  it("given a stream of five, when read forwards from beyond its end, then nothing comes back", async () => {
    const { store, streamId } = await streamOfFive();

    expect(await store.readStream(streamId, { fromRevision: 5 })).toEqual([]);
  });

  it("given events in several streams, when the log is read from a position, then that position is included and order is global", async () => {
    const store = context.store();
    const [a, b] = [freshStream(), freshStream()];
    const first = await store.appendToStream(a, [newEvent()]);
    const second = await store.appendToStream(b, newEvents(2));
    await store.appendToStream(a, [newEvent()]);

    const log = await store.readAll({ fromPosition: first.position });

    expect(log[0]!.position).toBe(first.position);
    const ours = log.filter((event) => [a, b].includes(event.streamId));
    expect(ours.map((event) => [event.streamId, event.revision])).toEqual([
      [a, 0],
      [b, 0],
      [b, 1],
      [a, 1],
    ]);
    expect(log.find((event) => event.position === second.position)?.streamId).toBe(b);
    for (let i = 1; i < log.length; i++) expect(log[i]!.position).toBeGreaterThan(log[i - 1]!.position);
  });

  it("given events in the log, when read with maxCount, then at most that many come back from the start position", async () => {
    const store = context.store();
    const streamId = freshStream();
    const events = newEvents(4);
    const { position: last } = await store.appendToStream(streamId, events);
    const [firstStored] = await store.readStream(streamId);

    const page = await store.readAll({ fromPosition: firstStored!.position, maxCount: 2 });

    expect(idsOf(page)).toEqual(idsOf(events.slice(0, 2)));
    expect(await store.readAll({ fromPosition: last + 1 })).toEqual([]);
  });

  it("given events in the log, when read from start, then it begins with the log's first event", async () => {
    const store = context.store();
    await store.appendToStream(freshStream(), newEvents(2));

    const fromStart = await store.readAll({ fromPosition: "start", maxCount: 1 });
    const byDefault = await store.readAll({ maxCount: 1 });

    expect(fromStart).toHaveLength(1);
    expect(fromStart[0]!.position).toBeGreaterThanOrEqual(1);
    expect(byDefault).toEqual(fromStart);
    expect(await store.readAll({ fromPosition: 0, maxCount: 1 })).toEqual(fromStart);
  });

  it("given appends, when the head position is asked, then it is the position of the newest event", async () => {
    const store = context.store();
    const before = await store.headPosition();
    expect(before).toBeGreaterThanOrEqual(0);

    const { position } = await store.appendToStream(freshStream(), newEvents(3));

    expect(await store.headPosition()).toBe(position);
    await store.readAll({ maxCount: 10 });
    expect(await store.headPosition()).toBe(position);
  });
}
