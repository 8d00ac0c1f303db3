import { expect, it, vi } from "vitest";
import type { KeyedMessage } from "../port.ts";
import type { BusContext } from "./context.ts";
import { keyedMessages, orderPerKey, TEST_TIMEOUT, WAIT } from "./context.ts";

type Keyed = { key: string; n: number };

const asBatch = (messages: readonly Keyed[]): KeyedMessage<Keyed>[] =>
  messages.map((message) => ({ key: message.key, message }));

/** `publishBatch`: a batch is delivered as its messages published one by one would be, at least once. */
export function publishBatchCases(context: BusContext): void {
  it(
    "given a broadcast subscriber and a group member, when a batch of 40 messages over 4 keys is published, then each receives every message once, each key in batch order",
    async () => {
      const { bus } = context.subject();
      const topic = context.topic();
      const broadcast: Keyed[] = [];
      const grouped: Keyed[] = [];
      await bus.subscribe<Keyed>(topic, (m) => void broadcast.push(m));
      await bus.subscribe<Keyed>(topic, (m) => void grouped.push(m), { group: "batch-readers" });
      const published = keyedMessages(40, 4);

      await bus.publishBatch(topic, asBatch(published));

      await vi.waitFor(() => expect([broadcast.length, grouped.length]).toEqual([40, 40]), WAIT);
      for (const received of [broadcast, grouped]) {
        expect(received.map(({ n }) => n).sort((x, y) => x - y)).toEqual(published.map(({ n }) => n));
        expect(orderPerKey(received)).toEqual(orderPerKey(published));
      }
    },
    TEST_TIMEOUT,
  );

  it(
    "given single publishes before and after a batch under one key, when a group member reads them, then they arrive in call order",
    async () => {
      const { bus } = context.subject();
      const topic = context.topic();
      const received: string[] = [];
      await bus.subscribe<string>(topic, (m) => void received.push(m), { group: "call-order" });

      await bus.publish(topic, "k", "1");
      await bus.publishBatch(topic, [
        { key: "k", message: "2" },
        { key: "k", message: "3" },
      ]);
      await bus.publish(topic, "k", "4");

      await vi.waitFor(() => expect(received).toEqual(["1", "2", "3", "4"]), WAIT);
    },
    TEST_TIMEOUT,
  );

  it(
    "given a producer that re-sends a batch whose acknowledgement it missed, when a group member reads the topic, then it gets both copies in order: repeats are the consumer's to skip, never silently lost",
    async () => {
      const { bus } = context.subject();
      const topic = context.topic();
      const received: number[] = [];
      await bus.subscribe<Keyed>(topic, (m) => void received.push(m.n), { group: "repeats" });
      const page = keyedMessages(5, 1);

      await bus.publishBatch(topic, asBatch(page));
      await bus.publishBatch(topic, asBatch(page));

      await vi.waitFor(() => expect(received).toEqual([0, 1, 2, 3, 4, 0, 1, 2, 3, 4]), WAIT);
    },
    TEST_TIMEOUT,
  );

  it(
    "given a group member whose handler throws on the third message of a batch, when the batch is published, then that message comes again and none after it is skipped",
    async () => {
      const { bus } = context.subject();
      const topic = context.topic();
      const handled: string[] = [];
      let failuresLeft = 1;
      await bus.subscribe<string>(
        topic,
        (m) => {
          if (m === "c" && failuresLeft-- > 0) throw new Error("transient failure");
          handled.push(m);
        },
        { group: "retry-in-batch" },
      );
      const published = ["a", "b", "c", "d", "e"];

      await bus.publishBatch(
        topic,
        published.map((message) => ({ key: "k", message })),
      );

      await vi.waitFor(() => expect(handled).toEqual(published), WAIT);
    },
    TEST_TIMEOUT,
  );

  it(
    "given a batch of 5,000 messages of 400 bytes (more than a Kafka broker takes in one record batch), when published, then a group member gets every one in order",
    async () => {
      const { bus } = context.subject();
      const topic = context.topic();
      const received: number[] = [];
      await bus.subscribeBatches<{ n: number; text: string }>(
        topic,
        (batch) => void received.push(...batch.map(({ n }) => n)),
        { group: "large-batch", maxBatch: 1_000 },
      );
      const numbers = Array.from({ length: 5_000 }, (_, n) => n);

      await bus.publishBatch(
        topic,
        numbers.map((n) => ({ key: "k", message: { n, text: "x".repeat(400) } })),
      );

      await vi.waitFor(() => expect(received).toHaveLength(5_000), WAIT);
      expect(received).toEqual(numbers);
    },
    TEST_TIMEOUT,
  );

  it("given an empty batch, when published, then it resolves and nothing arrives", async () => {
    const { bus } = context.subject();
    const topic = context.topic();
    const received: string[] = [];
    await bus.subscribe<string>(topic, (m) => void received.push(m));

    await bus.publishBatch<string>(topic, []);
    await bus.publish(topic, "k", "after");

    await vi.waitFor(() => expect(received).toEqual(["after"]), WAIT);
  });
}
