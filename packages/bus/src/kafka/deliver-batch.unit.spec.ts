import { describe, expect, it } from "vitest";
import { oneAtATime } from "../batches.ts";
import type { BatchHandler, MessageHandler } from "../port.ts";
import { type BatchOfMessages, type Delivery, deliverBatches, type HandlerFailure } from "./deliver-batch.ts";

/** A kafkajs batch payload stand-in that records what the delivery loop tells it, in order. */
function batchOf(messages: unknown[], overrides: Partial<BatchOfMessages> = {}) {
  const log: string[] = [];
  const payload: BatchOfMessages = {
    batch: {
      topic: "deltas",
      partition: 3,
      messages: messages.map((message, i) => ({
        offset: String(40 + i),
        value: message === undefined ? null : Buffer.from(JSON.stringify(message)),
      })),
    },
    resolveOffset: (offset) => void log.push(`resolve ${offset}`),
    heartbeat: async () => void log.push("heartbeat"),
    commitOffsetsIfNecessary: async () => void log.push("commit"),
    isRunning: () => true,
    isStale: () => false,
    ...overrides,
  };
  return { payload, log };
}

/** A delivery of one message per handler call, or of batches when given `batches` and `maxBatch`. */
function delivery(
  overrides: Partial<Omit<Delivery, "handler" | "maxBatch">> &
    ({ handler: MessageHandler<unknown> } | { batches: BatchHandler<unknown>; maxBatch: number }),
) {
  const failures: HandlerFailure[] = [];
  const stop = new AbortController();
  const { handler, maxBatch, ...rest } =
    "batches" in overrides
      ? (({ batches, ...others }) => ({ ...others, handler: batches }))(overrides)
      : { ...overrides, handler: oneAtATime(overrides.handler), maxBatch: 1 };
  const options: Delivery = {
    stopped: stop.signal,
    onHandlerError: (_error, failure) => void failures.push(failure),
    backoff: { firstMs: 1, maxMs: 4 },
    ...rest,
    handler,
    maxBatch,
  };
  return { options, failures, stop };
}

describe("deliverBatches", () => {
  it("given handlers that resolve, when a batch arrives, then each message is handled in order and resolved only after its handler", async () => {
    const { payload, log } = batchOf([{ n: 1 }, { n: 2 }]);
    const { options } = delivery({ handler: (m) => void log.push(`handle ${JSON.stringify(m)}`) });

    await deliverBatches(options)(payload);

    expect(log).toEqual([
      'handle {"n":1}',
      "resolve 40",
      "commit",
      "heartbeat",
      'handle {"n":2}',
      "resolve 41",
      "commit",
      "heartbeat",
    ]);
  });

  it("given a message published as undefined, when it is delivered, then the handler receives undefined", async () => {
    const received: unknown[] = [];
    const { payload } = batchOf([undefined]);
    const { options } = delivery({ handler: (m) => void received.push(m) });

    await deliverBatches(options)(payload);

    expect(received).toEqual([undefined]);
  });

  it("given a group whose handler throws twice, when the batch is delivered, then the same message is retried until it succeeds and only then resolved", async () => {
    const { payload, log } = batchOf(["a", "b"]);
    let calls = 0;
    const { options, failures } = delivery({
      group: "projectors",
      handler: (m) => {
        calls++;
        log.push(`handle ${m}`);
        if (m === "a" && calls <= 2) throw new Error("store busy");
      },
    });

    await deliverBatches(options)(payload);

    expect(log.filter((line) => line.startsWith("handle") || line.startsWith("resolve"))).toEqual([
      "handle a",
      "handle a",
      "handle a",
      "resolve 40",
      "handle b",
      "resolve 41",
    ]);
    expect(failures).toEqual([
      {
        topic: "deltas",
        partition: 3,
        offset: "40",
        messages: 1,
        group: "projectors",
        attempt: 1,
        retrying: true,
      },
      {
        topic: "deltas",
        partition: 3,
        offset: "40",
        messages: 1,
        group: "projectors",
        attempt: 2,
        retrying: true,
      },
    ]);
  });

  it("given a group whose handler keeps throwing, when the subscription stops, then the delivery returns with that message and the rest unresolved", async () => {
    const { payload, log } = batchOf(["poison", "next"]);
    const handled: unknown[] = [];
    const { options, stop } = delivery({
      group: "projectors",
      backoff: { firstMs: 60_000, maxMs: 60_000 },
      handler: (m) => {
        handled.push(m);
        throw new Error("always");
      },
    });

    const delivering = deliverBatches(options)(payload);
    stop.abort();
    await delivering;

    expect(handled).toEqual(["poison"]);
    expect(log.filter((line) => line.startsWith("resolve"))).toEqual([]);
  });

  it("given a group retrying a message, when the heartbeat reports a rebalance, then the error reaches kafkajs and the message stays unresolved", async () => {
    const rebalance = new Error("The group is rebalancing");
    const { payload, log } = batchOf(["a"], {
      heartbeat: async () => {
        throw rebalance;
      },
    });
    const { options } = delivery({
      group: "projectors",
      handler: () => {
        throw new Error("store busy");
      },
    });

    await expect(deliverBatches(options)(payload)).rejects.toBe(rebalance);
    expect(log.filter((line) => line.startsWith("resolve"))).toEqual([]);
  });

  it("given a broadcast whose handler throws, when the batch is delivered, then the failure is reported and the next message follows", async () => {
    const { payload, log } = batchOf(["bad", "good"]);
    const handled: unknown[] = [];
    const next: Array<[number, string]> = [];
    const { options, failures } = delivery({
      handler: (m) => {
        handled.push(m);
        if (m === "bad") throw new Error("cache miss");
      },
      onHandled: (partition, offset) => void next.push([partition, offset]),
    });

    await deliverBatches(options)(payload);

    expect(handled).toEqual(["bad", "good"]);
    expect(failures).toEqual([
      { topic: "deltas", partition: 3, offset: "40", messages: 1, attempt: 1, retrying: false },
    ]);
    expect(log.filter((line) => line.startsWith("resolve"))).toEqual(["resolve 40", "resolve 41"]);
    expect(next).toEqual([
      [3, "41"],
      [3, "42"],
    ]);
  });

  it("given a consumer that stops running after the first message, when the batch is delivered, then no later handler is called", async () => {
    let running = true;
    const { payload, log } = batchOf(["first", "second"], { isRunning: () => running });
    const { options } = delivery({
      group: "projectors",
      handler: (m) => {
        log.push(`handle ${m}`);
        running = false;
      },
    });

    await deliverBatches(options)(payload);

    expect(log.filter((line) => line.startsWith("handle") || line.startsWith("resolve"))).toEqual([
      "handle first",
      "resolve 40",
    ]);
  });

  it("given a message that is not JSON, when a group delivers it, then it counts as a failure and is not resolved", async () => {
    const { payload, log } = batchOf([]);
    const stopped = new AbortController();
    const broken: BatchOfMessages = {
      ...payload,
      batch: { ...payload.batch, messages: [{ offset: "7", value: Buffer.from("{not json") }] },
    };
    const handled: unknown[] = [];
    const { options } = delivery({
      group: "projectors",
      stopped: stopped.signal,
      handler: (m) => void handled.push(m),
      onHandlerError: () => stopped.abort(),
    });

    await deliverBatches(options)(broken);

    expect(handled).toEqual([]);
    expect(log.filter((line) => line.startsWith("resolve"))).toEqual([]);
  });

  it("given a listener for handler errors that throws, when a broadcast handler throws, then delivery carries on", async () => {
    const { payload, log } = batchOf(["x", "y"]);
    const { options } = delivery({
      handler: (m) => {
        if (m === "x") throw new Error("handler");
      },
      onHandlerError: () => {
        throw new Error("listener");
      },
    });

    await deliverBatches(options)(payload);

    expect(log.filter((line) => line.startsWith("resolve"))).toEqual(["resolve 40", "resolve 41"]);
  });

  it("given a batch handler with maxBatch 2, when five messages arrive, then it gets them in slices of at most two, in order, each resolved through its last offset after its call", async () => {
    const { payload, log } = batchOf(["a", "b", "c", "d", "e"]);
    const { options } = delivery({
      group: "projectors",
      maxBatch: 2,
      batches: (messages) => void log.push(`handle ${messages.join(",")}`),
    });

    await deliverBatches(options)(payload);

    expect(log.filter((line) => line.startsWith("handle") || line.startsWith("resolve"))).toEqual([
      "handle a,b",
      "resolve 41",
      "handle c,d",
      "resolve 43",
      "handle e",
      "resolve 44",
    ]);
  });

  it("given a group batch handler that throws once, when the batch is delivered, then the same slice comes again and is resolved once", async () => {
    const { payload, log } = batchOf(["a", "b", "c"]);
    let failed = false;
    const { options, failures } = delivery({
      group: "projectors",
      maxBatch: 2,
      batches: (messages) => {
        log.push(`handle ${messages.join(",")}`);
        if (!failed) {
          failed = true;
          throw new Error("store busy");
        }
      },
    });

    await deliverBatches(options)(payload);

    expect(log.filter((line) => line.startsWith("handle") || line.startsWith("resolve"))).toEqual([
      "handle a,b",
      "handle a,b",
      "resolve 41",
      "handle c",
      "resolve 42",
    ]);
    expect(failures).toEqual([
      {
        topic: "deltas",
        partition: 3,
        offset: "40",
        messages: 2,
        group: "projectors",
        attempt: 1,
        retrying: true,
      },
    ]);
  });
});
