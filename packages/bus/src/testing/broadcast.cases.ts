import { expect, it, vi } from "vitest";
import type { BusContext } from "./context.ts";
import { WAIT } from "./context.ts";

/** Subscriptions without a group: every subscriber gets every message published after it subscribed. */
export function broadcastCases(context: BusContext): void {
  it("given a subscriber, when messages are published under one key, then they arrive in order", async () => {
    const { bus } = context.subject();
    const topic = context.topic();
    const received: number[] = [];
    await bus.subscribe<number>(topic, (n) => {
      received.push(n);
    });
    for (let i = 0; i < 100; i++) await bus.publish(topic, "k", i);
    await vi.waitFor(() => expect(received).toHaveLength(100), WAIT);
    expect(received).toEqual([...Array(100).keys()]);
  });

  it("given two subscribers, when a message is published, then each receives it", async () => {
    const { bus } = context.subject();
    const topic = context.topic();
    const a: string[] = [];
    const b: string[] = [];
    await bus.subscribe<string>(topic, (m) => void a.push(m));
    await bus.subscribe<string>(topic, (m) => void b.push(m));
    await bus.publish(topic, "k", "hello");
    await vi.waitFor(() => expect([a, b]).toEqual([["hello"], ["hello"]]), WAIT);
  });

  it("given a message published before subscribe resolved, when another is published after, then only the later one is received", async () => {
    const { bus } = context.subject();
    const topic = context.topic();
    const received: string[] = [];
    await bus.publish(topic, "k", "before");
    await bus.subscribe<string>(topic, (m) => void received.push(m));
    await bus.publish(topic, "k", "after");
    await vi.waitFor(() => expect(received).toEqual(["after"]), WAIT);
  });

  it("given an unsubscribed handler, when a message is published, then it does not receive it", async () => {
    const { bus } = context.subject();
    const topic = context.topic();
    const kept: string[] = [];
    const dropped: string[] = [];
    await bus.subscribe<string>(topic, (m) => void kept.push(m));
    const unsubscribe = await bus.subscribe<string>(topic, (m) => void dropped.push(m));
    await unsubscribe();
    await bus.publish(topic, "k", "after");
    await vi.waitFor(() => expect(kept).toEqual(["after"]), WAIT);
    expect(dropped).toEqual([]);
  });

  it("given a subscriber that is still busy, when more messages arrive, then others are not held up", async () => {
    const { bus } = context.subject();
    const topic = context.topic();
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fast: number[] = [];
    await bus.subscribe<number>(topic, () => gate);
    await bus.subscribe<number>(topic, (n) => void fast.push(n));
    for (let i = 0; i < 10; i++) await bus.publish(topic, "k", i);
    await vi.waitFor(() => expect(fast).toHaveLength(10), WAIT);
    release();
  });

  it("given a subscriber whose handler throws on a message, when the next one is published, then it still arrives", async () => {
    const { bus } = context.subject();
    const topic = context.topic();
    const calls: string[] = [];
    await bus.subscribe<string>(topic, (m) => {
      calls.push(m);
      if (m === "poison") throw new Error("handler refused the message");
    });
    await bus.publish(topic, "k", "poison");
    await bus.publish(topic, "k", "next");
    await vi.waitFor(() => expect(calls).toEqual(["poison", "next"]), WAIT);
  });

  it("given messages on another topic, when they are published, then this topic's subscriber ignores them", async () => {
    const { bus } = context.subject();
    const topic = context.topic();
    const received: string[] = [];
    await bus.subscribe<string>(topic, (m) => void received.push(m));
    await bus.publish(`${topic}-other`, "k", "elsewhere");
    await bus.publish(topic, "k", "here");
    await vi.waitFor(() => expect(received).toEqual(["here"]), WAIT);
  });
}
