import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InProcessBus } from "@cobuild/bus";
import { EVENTS_TOPIC, type EventStore, openSqliteEventStore, type RelayedEvent } from "@cobuild/event-store";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CheckpointFile } from "./checkpoint-file.ts";
import { startRelay } from "./relay.ts";

/** The in-process bus, noting what was published under which key; it can refuse publishes for a while. */
class RecordingBus extends InProcessBus {
  readonly published: { topic: string; key: string; position: number; previousPosition: number }[] = [];
  refusalsLeft = 0;
  override async publish<Message>(topic: string, key: string, message: Message): Promise<void> {
    if (this.refusalsLeft > 0) {
      this.refusalsLeft--;
      throw new Error("broker unavailable");
    }
    const { position, previousPosition } = message as RelayedEvent;
    this.published.push({ topic, key, position, previousPosition });
    await super.publish(topic, key, message);
  }
}

const meta = { actor: "test", correlationId: "c", causationId: "c", schemaVersion: 1 };
const appendTo = (store: EventStore, streamId: string, count: number) =>
  store.appendToStream(
    streamId,
    Array.from({ length: count }, (_, n) => ({ id: crypto.randomUUID(), type: "Noted", data: { n }, meta })),
  );

describe("the relay", () => {
  let dir: string;
  let store: EventStore;
  let checkpoints: CheckpointFile;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "relay-"));
    store = await openSqliteEventStore({ path: join(dir, "events.sqlite") });
    checkpoints = new CheckpointFile(join(dir, "relay.sqlite"));
  });
  afterEach(async () => {
    checkpoints.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const logPositions = async () => (await store.readAll()).map((event) => event.position);

  it("given events before and after it starts, when relaying, then each is published once, in log order, keyed by its stream", async () => {
    const bus = new RecordingBus();
    await appendTo(store, "team-a", 3);
    await appendTo(store, "post-b", 2);
    const relay = startRelay({ store, bus, checkpoints });
    await appendTo(store, "team-a", 2);
    const head = await store.headPosition();
    await vi.waitFor(() => expect(relay.relayed()).toBe(head));
    await relay.stop();

    expect(bus.published.map((p) => p.position)).toEqual(await logPositions());
    expect(bus.published.every((p) => p.topic === EVENTS_TOPIC)).toBe(true);
    const log = await store.readAll();
    expect(bus.published.map((p) => p.key)).toEqual(log.map((event) => event.streamId));
    // Each names the one before it, so a consumer can tell a missing event from a repeated one.
    expect(bus.published.map((p) => p.previousPosition)).toEqual([
      0,
      ...log.slice(0, -1).map((e) => e.position),
    ]);
    expect(checkpoints.load("relay")).toBe(head);
    await bus.close();
  });

  it("given a relay stopped part-way, when it starts again, then it goes on after its checkpoint without repeating", async () => {
    const bus = new RecordingBus();
    await appendTo(store, "team-a", 4);
    const first = startRelay({ store, bus, checkpoints });
    const firstHead = await store.headPosition();
    await vi.waitFor(() => expect(first.relayed()).toBe(firstHead));
    await first.stop();

    await appendTo(store, "team-b", 3);
    const second = startRelay({ store, bus, checkpoints });
    const head = await store.headPosition();
    await vi.waitFor(() => expect(second.relayed()).toBe(head));
    await second.stop();

    expect(bus.published.map((p) => p.position)).toEqual(await logPositions());
    await bus.close();
  });

  it("given a bus that refuses publishes for a while, when it recovers, then no event is skipped and the order holds", async () => {
    const bus = new RecordingBus();
    bus.refusalsLeft = 3;
    const errors: unknown[] = [];
    await appendTo(store, "team-a", 5);
    const relay = startRelay({ store, bus, checkpoints, onError: (error) => errors.push(error) });
    const head = await store.headPosition();
    await vi.waitFor(() => expect(relay.relayed()).toBe(head), { timeout: 10_000 });
    await relay.stop();

    expect(errors).toHaveLength(3);
    expect(bus.published.map((p) => p.position)).toEqual(await logPositions());
    await bus.close();
  });
});
