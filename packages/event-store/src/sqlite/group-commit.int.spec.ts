import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { DuplicateEventIdError, WrongExpectedRevisionError } from "../errors.ts";
import { freshStream, newEvent, newEvents } from "../testing/index.ts";
import { tempDir, tempFileStore } from "../testing/temp-store.ts";
import { openSqliteEventStore } from "./open.ts";
import type { SqliteEventStore } from "./sqlite-event-store.ts";

describe("SQLite event store: group commit", () => {
  let store: SqliteEventStore;
  let path: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ store, path, cleanup } = await tempFileStore());
  });
  afterEach(() => cleanup());

  it("given 200 appends issued in one turn, when they settle, then they were committed in one transaction", async () => {
    const before = store.stats();

    const results = await Promise.all(
      Array.from({ length: 200 }, (_, n) => store.appendToStream(freshStream(), [newEvent({ data: { n } })])),
    );

    expect(results).toHaveLength(200);
    expect(store.stats()).toEqual({
      commits: before.commits + 1,
      appendsCommitted: before.appendsCommitted + 200,
    });
  });

  it("given another connection holding the write lock, when appends keep arriving, then they all join one transaction once it is released", async () => {
    const blocker = new Database(path);
    blocker.exec("BEGIN EXCLUSIVE");
    const before = store.stats();

    const pending: Promise<unknown>[] = [];
    for (let n = 0; n < 20; n++) {
      pending.push(store.appendToStream(freshStream(), [newEvent()]));
      await new Promise((resolve) => setImmediate(resolve));
    }
    blocker.exec("ROLLBACK");
    blocker.close();

    await Promise.all(pending);
    expect(store.stats().commits).toBe(before.commits + 1);
  });

  it("given two appends to one stream in the same batch, when the second expects the first, then both commit in order", async () => {
    const streamId = freshStream();
    const before = store.stats();

    const [first, second] = await Promise.all([
      store.appendToStream(streamId, newEvents(2), { expectedRevision: "no_stream" }),
      store.appendToStream(streamId, [newEvent()], { expectedRevision: 1 }),
    ]);

    expect([first.nextRevision, second.nextRevision]).toEqual([1, 2]);
    expect(store.stats().commits).toBe(before.commits + 1);
  });

  it("given refused appends in the middle of a batch, when it commits, then the others are written and positions have no hole", async () => {
    const [taken, a, b] = [freshStream(), freshStream(), freshStream()];
    const stored = newEvent({ data: { v: 1 } });
    await store.appendToStream(taken, [stored]);
    const head = await store.headPosition();
    const before = store.stats();

    const outcomes = await Promise.allSettled([
      store.appendToStream(a, [newEvent()]),
      store.appendToStream(taken, newEvents(3), { expectedRevision: "no_stream" }),
      store.appendToStream(b, [newEvent(), { ...stored, data: { v: 2 } }]),
      store.appendToStream(a, [newEvent()], { expectedRevision: 0 }),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      "fulfilled",
      "rejected",
      "rejected",
      "fulfilled",
    ]);
    expect(outcomes[1]).toMatchObject({ reason: expect.any(WrongExpectedRevisionError) });
    expect(outcomes[2]).toMatchObject({ reason: expect.any(DuplicateEventIdError) });
    expect(await store.readStream(b)).toEqual([]);
    expect(store.stats()).toEqual({
      commits: before.commits + 1,
      appendsCommitted: before.appendsCommitted + 2,
    });
    const written = await store.readAll({ fromPosition: head + 1 });
    expect(written.map((event) => [event.streamId, event.position])).toEqual([
      [a, head + 1],
      [a, head + 2],
    ]);
  });

  it("given an append that fails after inserting its first event, when the batch commits, then that event is undone and the others stay", async () => {
    let calls = 0;
    const failingSecondCall = () => {
      calls++;
      if (calls === 2) throw new Error("clock unavailable");
      return new Date("2026-01-01T00:00:00.000Z");
    };
    const { store: clocked, cleanup: cleanupClocked } = await tempFileStore({ clock: failingSecondCall });
    onTestFinished(cleanupClocked);
    const [a, b, c] = [freshStream(), freshStream(), freshStream()];
    const halfWritten = newEvent({ occurredAt: "2026-02-02T00:00:00.000Z" });

    const outcomes = await Promise.allSettled([
      clocked.appendToStream(a, [newEvent()]),
      clocked.appendToStream(b, [halfWritten, newEvent()]),
      clocked.appendToStream(c, [newEvent()]),
    ]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((await clocked.readAll()).map((event) => [event.streamId, event.position])).toEqual([
      [a, 1],
      [c, 2],
    ]);
    expect(clocked.stats().commits).toBe(1);
  });

  it("given appends in flight, when each one resolves, then another connection can already read its events", async () => {
    const observer = new Database(path, { readonly: true });
    const visibleAtResolution: boolean[] = [];
    const seen = observer.prepare<[string], { id: string }>("SELECT id FROM events WHERE id = ?");

    await Promise.all(
      Array.from({ length: 50 }, async () => {
        const event = newEvent();
        await store.appendToStream(freshStream(), [event]);
        visibleAtResolution.push(seen.get(event.id) !== undefined);
      }),
    );

    observer.close();
    expect(visibleAtResolution).toEqual(Array(50).fill(true));
  });

  it("given appends not yet committed, when the store is closed, then they are committed before it closes", async () => {
    const streamId = freshStream();
    const pending = Promise.all(
      Array.from({ length: 10 }, () => store.appendToStream(streamId, [newEvent()])),
    );

    await store.close();

    await expect(pending).resolves.toHaveLength(10);
    const reopened = await openSqliteEventStore({ path });
    onTestFinished(() => reopened.close());
    expect(await reopened.readStream(streamId)).toHaveLength(10);
  });
});

describe("SQLite event store: clock, notification and polling", () => {
  it("given an injected clock, when events without occurredAt are appended, then they carry the clock's time", async () => {
    const { store, cleanup } = await tempFileStore({ clock: () => new Date("2026-05-04T03:02:01.000Z") });
    onTestFinished(cleanup);
    const streamId = freshStream();

    await store.appendToStream(streamId, [newEvent(), newEvent({ occurredAt: "2025-01-01T00:00:00.000Z" })]);

    const events = await store.readStream(streamId);
    expect(events.map((event) => event.occurredAt)).toEqual([
      "2026-05-04T03:02:01.000Z",
      "2025-01-01T00:00:00.000Z",
    ]);
  });

  it("given a subscriber that would poll only once a minute, when this store commits, then it is woken at once", async () => {
    const { store, cleanup } = await tempFileStore({ pollIntervalMs: 60_000 });
    onTestFinished(cleanup);
    const subscription = store.subscribeToAll();
    const next = subscription[Symbol.asyncIterator]().next();
    const event = newEvent();

    await store.appendToStream(freshStream(), [event]);

    await expect(next).resolves.toMatchObject({ value: { id: event.id } });
  });

  it("given a subscriber catching up a long backlog, when an append is made meanwhile, then it commits before the catch-up ends", async () => {
    const { store, cleanup } = await tempFileStore();
    onTestFinished(cleanup);
    await Promise.all(Array.from({ length: 30 }, () => store.appendToStream(freshStream(), newEvents(100))));
    const subscriber = store.subscribeToAll();
    let seen = 0;
    const consuming = (async () => {
      for await (const _ of subscriber) seen++;
    })();

    await store.appendToStream(freshStream(), [newEvent()]);
    const seenWhenAcknowledged = seen;

    expect(seenWhenAcknowledged).toBeLessThan(3_000);
    await vi.waitFor(() => expect(seen).toBe(3_001));
    await subscriber.stop();
    await consuming;
  });

  it("given two stores on one file, when one appends, then the other's subscriber sees it by polling", async () => {
    const { dir, remove } = await tempDir();
    onTestFinished(remove);
    const path = `${dir}/shared.sqlite`;
    const reader = await openSqliteEventStore({ path, pollIntervalMs: 10 });
    const writer = await openSqliteEventStore({ path });
    onTestFinished(() => Promise.all([reader.close(), writer.close()]).then(() => undefined));
    const seen: string[] = [];
    const subscription = reader.subscribeToAll();
    const consuming = (async () => {
      for await (const event of subscription) seen.push(event.id);
    })();
    const events = newEvents(3);

    await writer.appendToStream(freshStream(), events);

    await vi.waitFor(() => expect(seen).toEqual(events.map((event) => event.id)), { timeout: 5_000 });
    await subscription.stop();
    await consuming;
  });

  it("given invalid arguments, when they are passed, then they are refused before anything is queued", async () => {
    const store = await openSqliteEventStore({ path: ":memory:" });
    onTestFinished(() => store.close());

    await expect(store.appendToStream("", [newEvent()])).rejects.toBeInstanceOf(TypeError);
    await expect(store.appendToStream("s-1", [newEvent()], { expectedRevision: -1 })).rejects.toBeInstanceOf(
      RangeError,
    );
    await expect(store.readAll({ maxCount: -5 })).rejects.toBeInstanceOf(RangeError);
    expect(() => store.subscribeToAll({ fromPosition: 1.5 })).toThrow(RangeError);
    expect(store.stats().commits).toBe(0);
  });
});
