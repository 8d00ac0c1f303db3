import { expect, it, vi } from "vitest";
import type { BusContext } from "./context.ts";
import { keyedMessages, orderPerKey, TEST_TIMEOUT, WAIT } from "./context.ts";

type Keyed = { key: string; n: number };

/** Group members that take their share in batches (`subscribeBatches`). */
export function batchCases(context: BusContext): void {
  it(
    "given a batch member with maxBatch 3 whose first batch is slow, when 20 messages over 4 keys are published, then they arrive once each, in order, in batches of 1 to 3 and at least one full",
    async () => {
      const { bus } = context.subject();
      const topic = context.topic();
      const batches: Keyed[][] = [];
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      await bus.subscribeBatches<Keyed>(
        topic,
        async (batch) => {
          batches.push(batch);
          // Holding the first batch lets the rest pile up, so later batches have something to fill them.
          if (batches.length === 1) await released;
        },
        { group: "batched", maxBatch: 3 },
      );
      const published = keyedMessages(20, 4);
      for (const message of published) await bus.publish(topic, message.key, message);
      release();

      await vi.waitFor(() => expect(batches.flat().length).toBeGreaterThanOrEqual(20), WAIT);
      const handled = batches.flat();
      expect(handled.map(({ n }) => n).sort((x, y) => x - y)).toEqual(published.map(({ n }) => n));
      expect(orderPerKey(handled)).toEqual(orderPerKey(published));
      for (const batch of batches) expect(batch.length).toBeGreaterThanOrEqual(1);
      for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(3);
      expect(batches.some((batch) => batch.length === 3)).toBe(true);
    },
    TEST_TIMEOUT,
  );

  it(
    "given a batch member whose handler throws on its first call, when messages are published, then that batch (or a prefix of it) comes again and every message is handled once after it",
    async () => {
      const { bus } = context.subject();
      const topic = context.topic();
      const calls: string[][] = [];
      const handled: string[] = [];
      await bus.subscribeBatches<string>(
        topic,
        (batch) => {
          calls.push(batch);
          if (calls.length === 1) throw new Error("transient failure");
          handled.push(...batch);
        },
        { group: "retrying-batches", maxBatch: 10 },
      );
      const published = ["a", "b", "c", "d", "e"];
      for (const m of published) await bus.publish(topic, "k", m);

      await vi.waitFor(() => expect(handled).toEqual(published), WAIT);
      const [failed, retried] = calls;
      expect(retried?.length).toBeGreaterThanOrEqual(1);
      expect(retried).toEqual(failed?.slice(0, retried?.length));
    },
    TEST_TIMEOUT,
  );

  it(
    "given two batch members of one group, when 50 messages over 10 keys are published, then each is handled once in total and each key in publish order",
    async () => {
      const { bus } = context.subject();
      const topic = context.topic();
      const handled: Keyed[] = [];
      for (let member = 0; member < 2; member++) {
        await bus.subscribeBatches<Keyed>(topic, (batch) => void handled.push(...batch), {
          group: "sharing-batches",
          maxBatch: 4,
        });
      }
      const published = keyedMessages(50, 10);
      for (const message of published) await bus.publish(topic, message.key, message);

      await vi.waitFor(() => expect(handled.length).toBeGreaterThanOrEqual(50), WAIT);
      expect(handled.map(({ n }) => n).sort((x, y) => x - y)).toEqual(published.map(({ n }) => n));
      expect(orderPerKey(handled)).toEqual(orderPerKey(published));
    },
    TEST_TIMEOUT,
  );

  it(
    "given the only batch member of a group unsubscribed, when messages are published and a new batch member joins, then it gets exactly the messages after the last handled batch",
    async () => {
      const { bus } = context.subject();
      const topic = context.topic();
      const first: string[] = [];
      const unsubscribe = await bus.subscribeBatches<string>(topic, (batch) => void first.push(...batch), {
        group: "resuming-batches",
        maxBatch: 2,
      });
      for (const m of ["1", "2", "3"]) await bus.publish(topic, "k", m);
      await vi.waitFor(() => expect(first).toEqual(["1", "2", "3"]), WAIT);
      await unsubscribe();

      for (const m of ["4", "5", "6"]) await bus.publish(topic, "k", m);
      const next: string[] = [];
      await bus.subscribeBatches<string>(topic, (batch) => void next.push(...batch), {
        group: "resuming-batches",
        maxBatch: 2,
      });

      await vi.waitFor(() => expect(next).toEqual(["4", "5", "6"]), WAIT);
      expect(first).toEqual(["1", "2", "3"]);
    },
    TEST_TIMEOUT,
  );

  it("given a maxBatch that is not a positive integer, when subscribing in batches, then it is refused", async () => {
    const { bus } = context.subject();
    for (const maxBatch of [0, -1, 1.5])
      await expect(
        bus.subscribeBatches(context.topic(), () => {}, { group: "refused", maxBatch }),
      ).rejects.toThrow(RangeError);
  });
}
