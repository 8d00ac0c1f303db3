import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EventBus } from "../port.ts";

export interface BusUnderTest {
  bus: EventBus;
  cleanup(): Promise<void>;
}

/** The behaviour every EventBus implementation must show. */
export function busConformance(name: string, factory: () => Promise<BusUnderTest>): void {
  describe(`EventBus conformance: ${name}`, () => {
    let subject: BusUnderTest;
    let topic: string;
    beforeEach(async () => {
      subject = await factory();
      topic = `topic-${randomUUID()}`;
    });
    afterEach(async () => {
      await subject.cleanup();
    });

    it("given a subscriber, when messages are published under one key, then they arrive in order", async () => {
      const received: number[] = [];
      await subject.bus.subscribe<number>(topic, (n) => {
        received.push(n);
      });
      for (let i = 0; i < 100; i++) await subject.bus.publish(topic, "k", i);
      await vi.waitFor(() => expect(received).toHaveLength(100));
      expect(received).toEqual([...Array(100).keys()]);
    });

    it("given two subscribers, when a message is published, then each receives it", async () => {
      const a: string[] = [];
      const b: string[] = [];
      await subject.bus.subscribe<string>(topic, (m) => void a.push(m));
      await subject.bus.subscribe<string>(topic, (m) => void b.push(m));
      await subject.bus.publish(topic, "k", "hello");
      await vi.waitFor(() => expect([a, b]).toEqual([["hello"], ["hello"]]));
    });

    it("given an unsubscribed handler, when a message is published, then it does not receive it", async () => {
      const kept: string[] = [];
      const dropped: string[] = [];
      await subject.bus.subscribe<string>(topic, (m) => void kept.push(m));
      const unsubscribe = await subject.bus.subscribe<string>(topic, (m) => void dropped.push(m));
      await unsubscribe();
      await subject.bus.publish(topic, "k", "after");
      await vi.waitFor(() => expect(kept).toEqual(["after"]));
      expect(dropped).toEqual([]);
    });

    it("given a subscriber that is still busy, when more messages arrive, then others are not held up", async () => {
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const fast: number[] = [];
      await subject.bus.subscribe<number>(topic, () => gate);
      await subject.bus.subscribe<number>(topic, (n) => void fast.push(n));
      for (let i = 0; i < 10; i++) await subject.bus.publish(topic, "k", i);
      await vi.waitFor(() => expect(fast).toHaveLength(10));
      release();
    });

    it("given messages on another topic, when they are published, then this topic's subscriber ignores them", async () => {
      const received: string[] = [];
      await subject.bus.subscribe<string>(topic, (m) => void received.push(m));
      await subject.bus.publish(`${topic}-other`, "k", "elsewhere");
      await subject.bus.publish(topic, "k", "here");
      await vi.waitFor(() => expect(received).toEqual(["here"]));
    });
  });
}
