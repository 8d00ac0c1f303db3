import { expect, it, vi } from "vitest";
import type { EventBus } from "../port.ts";
import type { BusContext } from "./context.ts";
import { TEST_TIMEOUT, WAIT } from "./context.ts";

/** The second client of the subject's broker or file (these cases are registered only for such buses). */
async function another(context: BusContext): Promise<EventBus> {
  const { connectAnother } = context.subject();
  if (connectAnother === undefined) throw new Error("a bus with a second client must give connectAnother");
  return connectAnother();
}

/** What only a bus that outlives its clients can show: messages cross clients, groups resume elsewhere. */
export function durableCases(context: BusContext): void {
  it(
    "given a broadcast subscriber and a group member on another client, when a message is published, then both receive it",
    async () => {
      const { bus } = context.subject();
      const other = await another(context);
      const topic = context.topic();
      const broadcast: string[] = [];
      const grouped: string[] = [];
      await other.subscribe<string>(topic, (m) => void broadcast.push(m));
      await other.subscribe<string>(topic, (m) => void grouped.push(m), { group: "remote" });

      for (const m of ["m1", "m2"]) await bus.publish(topic, "k", m);

      await vi.waitFor(
        () => expect({ broadcast, grouped }).toEqual({ broadcast: ["m1", "m2"], grouped: ["m1", "m2"] }),
        WAIT,
      );
    },
    TEST_TIMEOUT,
  );

  it(
    "given messages published before any member of a group existed, when its first member joins, then it receives them",
    async () => {
      const { bus } = context.subject();
      const other = await another(context);
      const topic = context.topic();
      for (const m of ["m1", "m2"]) await bus.publish(topic, "k", m);

      const received: string[] = [];
      await other.subscribe<string>(topic, (m) => void received.push(m), { group: "latecomer" });

      await vi.waitFor(() => expect(received).toEqual(["m1", "m2"]), WAIT);
    },
    TEST_TIMEOUT,
  );

  it(
    "given a batch published on one client before its group existed, when the group's first member joins on another client, then it receives the whole batch in order",
    async () => {
      const { bus } = context.subject();
      const other = await another(context);
      const topic = context.topic();
      const published = ["m1", "m2", "m3", "m4"];
      await bus.publishBatch(
        topic,
        published.map((message) => ({ key: "k", message })),
      );

      const received: string[] = [];
      await other.subscribe<string>(topic, (m) => void received.push(m), { group: "batch-latecomer" });

      await vi.waitFor(() => expect(received).toEqual(published), WAIT);
    },
    TEST_TIMEOUT,
  );

  it(
    "given a group member on one client that handled some messages, when that client closes, then a member on another client gets the rest and none of the handled ones",
    async () => {
      const { bus } = context.subject();
      const leaving = await another(context);
      const topic = context.topic();
      const onLeaving: string[] = [];
      const onStaying: string[] = [];
      await leaving.subscribe<string>(topic, (m) => void onLeaving.push(m), { group: "handover" });
      for (const m of ["1", "2", "3"]) await bus.publish(topic, "k", m);
      await vi.waitFor(() => expect(onLeaving).toEqual(["1", "2", "3"]), WAIT);
      await bus.subscribe<string>(topic, (m) => void onStaying.push(m), { group: "handover" });

      await leaving.close();
      for (const m of ["4", "5", "6"]) await bus.publish(topic, "k", m);

      await vi.waitFor(() => expect(onStaying).toEqual(["4", "5", "6"]), WAIT);
      expect(onLeaving).toEqual(["1", "2", "3"]);
    },
    TEST_TIMEOUT,
  );
}
