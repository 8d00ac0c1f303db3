import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe } from "vitest";
import { batchCases } from "./batch.cases.ts";
import { broadcastCases } from "./broadcast.cases.ts";
import type { BusContext, BusUnderTest } from "./context.ts";
import { durableCases } from "./durable.cases.ts";
import { groupCases } from "./group.cases.ts";
import { lifecycleCases } from "./lifecycle.cases.ts";
import { publishBatchCases } from "./publish-batch.cases.ts";

/**
 * Registers the behaviour every EventBus implementation must show, as vitest tests. Each test gets its
 * own bus from `factory` and a topic of its own, so buses that are clients of one shared broker pass
 * too. The cases across clients are registered only for a bus that has them (`secondClient`, default
 * true): the in-process bus lives and dies with its process, so for it they do not exist rather than skip.
 */
export function busConformance(
  name: string,
  factory: () => Promise<BusUnderTest>,
  { secondClient = true }: { secondClient?: boolean } = {},
): void {
  describe(`EventBus conformance: ${name}`, () => {
    let current: BusUnderTest | undefined;
    let topic = "";
    beforeEach(async () => {
      current = await factory();
      topic = `topic-${randomUUID()}`;
    });
    afterEach(async () => {
      await current?.cleanup();
      current = undefined;
    });
    const context: BusContext = {
      subject: () => {
        if (current === undefined) throw new Error("the bus under test is only available inside a test");
        return current;
      },
      topic: () => topic,
    };

    describe("broadcast", () => broadcastCases(context));
    describe("consumer groups", () => groupCases(context));
    describe("consumer groups in batches", () => batchCases(context));
    describe("batch publishes", () => publishBatchCases(context));
    if (secondClient) describe("across clients", () => durableCases(context));
    describe("close", () => lifecycleCases(context));
  });
}
