import { expect, it, vi } from "vitest";
import type { BusContext } from "./context.ts";
import { keyedMessages, orderPerKey, TEST_TIMEOUT, WAIT } from "./context.ts";

type Keyed = { key: string; n: number };

/** Consumer groups within one client: sharing, independence of groups, retry, resuming. */
export function groupCases(context: BusContext): void {
  it(
    "given two members of one group, when 50 messages over 10 keys are published, then each is handled once in total and each key in publish order",
    async () => {
      const { bus } = context.subject();
      const topic = context.topic();
      const handled: (Keyed & { member: string })[] = [];
      for (const member of ["first", "second"]) {
        await bus.subscribe<Keyed>(topic, (m) => void handled.push({ ...m, member }), { group: "sharing" });
      }
      const published = keyedMessages(50, 10);
      for (const message of published) await bus.publish(topic, message.key, message);

      await vi.waitFor(() => expect(new Set(handled.map(({ n }) => n)).size).toBe(50), WAIT);
      expect(handled.map(({ n }) => n).sort((x, y) => x - y)).toEqual(published.map(({ n }) => n));
      expect(orderPerKey(handled)).toEqual(orderPerKey(published));
    },
    TEST_TIMEOUT,
  );

  it(
    "given two different groups, when messages are published, then each group receives every message",
    async () => {
      const { bus } = context.subject();
      const topic = context.topic();
      const byGroup = { red: [] as Keyed[], blue: [] as Keyed[] };
      for (const group of ["red", "blue"] as const) {
        await bus.subscribe<Keyed>(topic, (m) => void byGroup[group].push(m), { group });
      }
      const published = keyedMessages(20, 4);
      for (const message of published) await bus.publish(topic, message.key, message);

      await vi.waitFor(() => expect([byGroup.red.length, byGroup.blue.length]).toEqual([20, 20]), WAIT);
      expect(orderPerKey(byGroup.red)).toEqual(orderPerKey(published));
      expect(orderPerKey(byGroup.blue)).toEqual(orderPerKey(published));
    },
    TEST_TIMEOUT,
  );

  it(
    "given a group member whose handler throws once on a message, when messages follow it, then the same message comes again and the next waits until the retry succeeds",
    async () => {
      const { bus } = context.subject();
      const topic = context.topic();
      const calls: string[] = [];
      let failed = false;
      await bus.subscribe<string>(
        topic,
        (m) => {
          calls.push(m);
          if (m === "b" && !failed) {
            failed = true;
            throw new Error("transient failure");
          }
        },
        { group: "retrying" },
      );
      for (const m of ["a", "b", "c"]) await bus.publish(topic, "k", m);

      await vi.waitFor(() => expect(calls).toEqual(["a", "b", "b", "c"]), WAIT);
    },
    TEST_TIMEOUT,
  );

  it(
    "given the only member of a group unsubscribed, when messages are published and a new member joins, then it gets exactly the messages after the last handled one",
    async () => {
      const { bus } = context.subject();
      const topic = context.topic();
      const first: string[] = [];
      const unsubscribe = await bus.subscribe<string>(topic, (m) => void first.push(m), {
        group: "resuming",
      });
      for (const m of ["1", "2"]) await bus.publish(topic, "k", m);
      await vi.waitFor(() => expect(first).toEqual(["1", "2"]), WAIT);
      await unsubscribe();

      for (const m of ["3", "4"]) await bus.publish(topic, "k", m);
      const next: string[] = [];
      await bus.subscribe<string>(topic, (m) => void next.push(m), { group: "resuming" });

      await vi.waitFor(() => expect(next).toEqual(["3", "4"]), WAIT);
      expect(first).toEqual(["1", "2"]);
    },
    TEST_TIMEOUT,
  );
}
