import { describe, expect, it, vi } from "vitest";
import { busConformance } from "../testing/index.ts";
import { InProcessBus } from "./in-process-bus.ts";

busConformance(
  "in-process",
  async () => {
    const bus = new InProcessBus();
    return { bus, cleanup: () => bus.close() };
  },
  { secondClient: false },
);

describe("InProcessBus groups", () => {
  it("given messages published before a group's first member joined, when it joins, then it gets only later ones", async () => {
    const bus = new InProcessBus();
    await bus.publish("t", "k", "early");
    const received: string[] = [];
    await bus.subscribe<string>("t", (m) => void received.push(m), { group: "g" });
    await bus.publish("t", "k", "late");
    await vi.waitFor(() => expect(received).toEqual(["late"]));
    await bus.close();
  });

  it("given two members and ten keys, when messages are published, then both members get a share", async () => {
    const bus = new InProcessBus();
    const byMember = { a: 0, b: 0 };
    for (const member of ["a", "b"] as const) {
      await bus.subscribe<number>("t", () => void byMember[member]++, { group: "g" });
    }
    for (let n = 0; n < 50; n++) await bus.publish("t", `key-${n % 10}`, n);
    await vi.waitFor(() => expect(byMember.a + byMember.b).toBe(50));
    expect(byMember.a).toBeGreaterThan(0);
    expect(byMember.b).toBeGreaterThan(0);
    await bus.close();
  });

  it("given a member stuck retrying a message, when it unsubscribes, then the next member gets that message and the ones after it", async () => {
    const errors: unknown[] = [];
    const bus = new InProcessBus((error) => errors.push(error));
    const stuck = await bus.subscribe<string>(
      "t",
      () => {
        throw new Error("cannot handle anything");
      },
      { group: "g" },
    );
    await bus.publish("t", "k", "1");
    await bus.publish("t", "k", "2");
    await vi.waitFor(() => expect(errors.length).toBeGreaterThanOrEqual(2));
    await stuck();

    const received: string[] = [];
    await bus.subscribe<string>("t", (m) => void received.push(m), { group: "g" });
    await vi.waitFor(() => expect(received).toEqual(["1", "2"]));
    await bus.close();
  });

  it("given a group member in the middle of a slow handler, when the bus closes, then close waits for it", async () => {
    const bus = new InProcessBus();
    let finished = false;
    let started = () => {};
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    await bus.subscribe<string>(
      "t",
      async () => {
        started();
        await new Promise((resolve) => setImmediate(resolve));
        finished = true;
      },
      { group: "g" },
    );
    await bus.publish("t", "k", "slow");
    await running;
    await bus.close();
    expect(finished).toBe(true);
  });
});
