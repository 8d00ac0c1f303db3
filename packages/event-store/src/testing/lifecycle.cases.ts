import { expect, it } from "vitest";
import { StorageError } from "../errors.ts";
import type { ConformanceContext } from "./context.ts";
import { freshStream, newEvent, rejectionOf } from "./fixtures.ts";

async function expectClosed(promise: Promise<unknown>): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(StorageError);
  expect(error).toMatchObject({ failure: "closed" });
}

/** close(): ends subscriptions, is idempotent, and leaves a store that refuses further use. */
export function lifecycleCases(context: ConformanceContext): void {
  it("given a subscriber waiting for events, when the store is closed, then its iteration ends", async () => {
    const store = context.store();
    const iterator = store
      .subscribeToAll({ fromPosition: await store.headPosition() })
      [Symbol.asyncIterator]();
    const pending = iterator.next();

    await store.close();

    await expect(pending).resolves.toEqual({ done: true, value: undefined });
  });

  it("given a closed store, when it is used, then every call is refused as closed and closing again is harmless", async () => {
    const store = context.store();
    const streamId = freshStream();
    await store.appendToStream(streamId, [newEvent()]);

    await store.close();

    await expectClosed(store.appendToStream(streamId, [newEvent()]));
    await expectClosed(store.readStream(streamId));
    await expectClosed(store.readAll());
    await expectClosed(store.headPosition());
    await store.close();
  });
}
