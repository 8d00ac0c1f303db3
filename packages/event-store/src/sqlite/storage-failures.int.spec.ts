import { randomUUID } from "node:crypto";
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { StorageError, type StorageFailure } from "../errors.ts";
import { freshStream, newEvent, newEvents, rejectionOf } from "../testing/fixtures.ts";
import { tempDir } from "../testing/temp-store.ts";
import { openSqliteEventStore, type SqliteEventStoreOptions } from "./open.ts";
import type { SqliteEventStore } from "./sqlite-event-store.ts";

async function expectStorageError(promise: Promise<unknown>, failure: StorageFailure): Promise<StorageError> {
  const error = await rejectionOf(promise);
  if (!(error instanceof StorageError)) throw new Error(`expected a StorageError, got ${String(error)}`);
  expect(error.failure).toBe(failure);
  return error;
}

describe("SQLite event store: storage failures", () => {
  let dir: string;
  let path: string;
  let remove: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, remove } = await tempDir());
    path = join(dir, "events.sqlite");
  });
  afterEach(() => remove());

  async function open(options: Omit<SqliteEventStoreOptions, "path"> = {}): Promise<SqliteEventStore> {
    const store = await openSqliteEventStore({ path, ...options });
    onTestFinished(() => store.close());
    return store;
  }

  it("given a file that is not a database, when it is opened, then it fails as corrupt and says to restore a backup", async () => {
    writeFileSync(path, Buffer.alloc(16_384, 0x5a));

    const error = await expectStorageError(openSqliteEventStore({ path }), "corrupt");

    expect(error.message).toMatch(/backup/);
    expect(error.message).toContain(path);
  });

  it("given a store whose pages were overwritten with garbage, when it is read and appended to, then both fail as corrupt", async () => {
    const filled = await openSqliteEventStore({ path });
    for (let n = 0; n < 20; n++) {
      await filled.appendToStream(
        freshStream(),
        Array.from({ length: 50 }, () => newEvent({ data: { pad: "x".repeat(200) } })),
      );
    }
    await filled.close();
    const fd = openSync(path, "r+");
    writeSync(fd, Buffer.alloc(20 * 4096, 0x5a), 0, 20 * 4096, 2 * 4096);
    closeSync(fd);

    const damaged = await open();

    await expectStorageError(damaged.readAll(), "corrupt");
    await expectStorageError(damaged.appendToStream(freshStream(), [newEvent()]), "corrupt");
  });

  it("given another connection holding the write lock, when appending, then it fails as locked, writes nothing, and succeeds once the lock is gone", async () => {
    const store = await open({ busyTimeoutMs: 100 });
    const streamId = freshStream();
    await store.appendToStream(streamId, [newEvent()]);
    const blocker = new Database(path);
    onTestFinished(() => {
      blocker.close();
    });
    blocker.exec("BEGIN EXCLUSIVE");
    const events = newEvents(2);

    const error = await expectStorageError(store.appendToStream(streamId, events), "locked");

    expect(error.message).toMatch(/another process/);
    expect(await store.readStream(streamId)).toHaveLength(1);
    blocker.exec("ROLLBACK");
    expect(await store.appendToStream(streamId, events)).toMatchObject({ nextRevision: 2 });
  });

  it("given a store opened read-only, when appending, then it fails as read_only while reads still work", async () => {
    const writable = await openSqliteEventStore({ path });
    const streamId = freshStream();
    await writable.appendToStream(streamId, [newEvent()]);
    await writable.close();
    const readOnly = await open({ readonly: true });

    await expectStorageError(readOnly.appendToStream(streamId, [newEvent()]), "read_only");

    expect(await readOnly.readStream(streamId)).toHaveLength(1);
    expect(await readOnly.headPosition()).toBe(1);
    expect(readOnly.stats().commits).toBe(0);
  });

  it("given a fresh file opened read-only, when opened, then it fails because the schema cannot be created", async () => {
    new Database(path).close();

    await expectStorageError(openSqliteEventStore({ path, readonly: true }), "read_only");
  });

  it("given a store at its size limit, when an append does not fit, then it fails as full, writes nothing, and a smaller one still fits", async () => {
    const store = await open({ maxSizeBytes: 1024 * 1024 });
    const streamId = freshStream();
    const big = (count: number) =>
      Array.from({ length: count }, () => newEvent({ data: { pad: "x".repeat(50_000) } }));
    await store.appendToStream(streamId, big(8));
    const head = await store.headPosition();

    const error = await expectStorageError(store.appendToStream(streamId, big(20)), "full");

    expect(error.message).toMatch(/disk space|maxSizeBytes/);
    expect(await store.headPosition()).toBe(head);
    expect(await store.readStream(streamId)).toHaveLength(8);
    expect(await store.appendToStream(streamId, big(2))).toMatchObject({ nextRevision: 9 });
  });

  it("given a path in a directory that does not exist, when opened, then it fails as io naming the path", async () => {
    const missing = join(dir, randomUUID(), "events.sqlite");

    const error = await expectStorageError(openSqliteEventStore({ path: missing }), "io");

    expect(error.message).toContain(missing);
  });

  it("given a path that is a directory, when opened, then it fails as io", async () => {
    await expectStorageError(openSqliteEventStore({ path: dir }), "io");
  });

  it("given a closed store, when a subscription is started, then its first read fails as closed", async () => {
    const store = await open();
    await store.close();

    const subscription = store.subscribeToAll();

    await expectStorageError(subscription[Symbol.asyncIterator]().next(), "closed");
  });
});
