import { afterEach, beforeEach, describe } from "vitest";
import type { EventStore } from "../port.ts";
import { appendCases } from "./append.cases.ts";
import type { ConformanceContext } from "./context.ts";
import { idempotencyCases } from "./idempotency.cases.ts";
import { lifecycleCases } from "./lifecycle.cases.ts";
import { readCases } from "./read.cases.ts";
import { subscriptionCases } from "./subscription.cases.ts";

/** Creates a store for one test; `cleanup` must close it (if the test did not) and remove what it made. */
export type EventStoreFactory = () => Promise<{ store: EventStore; cleanup(): Promise<void> }>;

/**
 * Registers the behaviour every EventStore must show, as vitest tests. A store is done when this passes.
 * Each test gets its own store from `factory` (some tests close it) and uses fresh stream ids, so stores
 * that are clients of one shared server pass too, as long as nothing else writes to it during the run.
 */
export function eventStoreConformance(name: string, factory: EventStoreFactory): void {
  describe(`EventStore conformance: ${name}`, () => {
    let current: Awaited<ReturnType<EventStoreFactory>> | undefined;
    beforeEach(async () => {
      current = await factory();
    });
    afterEach(async () => {
      await current?.cleanup();
      current = undefined;
    });
    const context: ConformanceContext = {
      store: () => {
        if (current === undefined) throw new Error("the conformance store is only available inside a test");
        return current.store;
      },
    };

    describe("appendToStream", () => appendCases(context));
    describe("idempotent appends", () => idempotencyCases(context));
    describe("reading", () => readCases(context));
    describe("subscribeToAll", () => subscriptionCases(context));
    describe("close", () => lifecycleCases(context));
  });
}
