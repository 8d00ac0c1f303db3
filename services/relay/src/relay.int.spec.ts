import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InProcessBus, type KeyedMessage } from "@cobuild/bus";
import { EVENTS_TOPIC, type EventStore, openSqliteEventStore, type RelayedEvent } from "@cobuild/event-store";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CheckpointFile } from "./checkpoint-file.ts";
import { type RelayCheckpoints, startRelay } from "./relay.ts";

interface Published {
  topic: string;
  key: string;
  position: number;
  previousPosition: number;
}

/** The in-process bus, noting each batch it accepted; it can refuse publishes for a while. */
class RecordingBus extends InProcessBus {
  readonly batches: Published[][] = [];
  refusalsLeft = 0;
  get published(): Published[] {
    return this.batches.flat();
  }
  override async publishBatch<Message>(
    topic: string,
    messages: readonly KeyedMessage<Message>[],
  ): Promise<void> {
    if (this.refusalsLeft > 0) {
      this.refusalsLeft--;
      throw new Error("broker unavailable");
    }
    this.batches.push(
      messages.map(({ key, message }) => {
        const { position, previousPosition } = message as RelayedEvent;
        return { topic, key, position, previousPosition };
      }),
    );
    await super.publishBatch(topic, messages);
  }
}

/** The checkpoint file, noting every save; it can fail the next save as a process killed there would. */
class WatchedCheckpoints implements RelayCheckpoints {
  readonly saved: number[] = [];
  failNextSave = false;
  constructor(private readonly file: CheckpointFile) {}
  load(name: string): number {
    return this.file.load(name);
  }
  save(name: string, position: number): void {
    if (this.failNextSave) {
      this.failNextSave = false;
      throw new Error("the process died before saving its checkpoint");
    }
    this.file.save(name, position);
    this.saved.push(position);
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
  let file: CheckpointFile;
  let checkpoints: WatchedCheckpoints;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "relay-"));
    store = await openSqliteEventStore({ path: join(dir, "events.sqlite") });
    file = new CheckpointFile(join(dir, "relay.sqlite"));
    checkpoints = new WatchedCheckpoints(file);
  });
  afterEach(async () => {
    file.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const logPositions = async () => (await store.readAll()).map((event) => event.position);

  it("given events before and after it starts, when relaying in pages of 3, then each is published once, in log order, keyed by its stream, each naming the one before it", async () => {
    const bus = new RecordingBus();
    await appendTo(store, "team-a", 7);
    await appendTo(store, "post-b", 2);
    const relay = startRelay({ store, bus, checkpoints, pageSize: 3 });
    await appendTo(store, "team-a", 2);
    const head = await store.headPosition();
    await vi.waitFor(() => expect(relay.relayed()).toBe(head));
    await relay.stop();

    expect(bus.published.map((p) => p.position)).toEqual(await logPositions());
    expect(bus.published.every((p) => p.topic === EVENTS_TOPIC)).toBe(true);
    const log = await store.readAll();
    expect(bus.published.map((p) => p.key)).toEqual(log.map((event) => event.streamId));
    // Across page boundaries too, so a consumer can tell a missing event from a repeated one.
    expect(bus.published.map((p) => p.previousPosition)).toEqual([
      0,
      ...log.slice(0, -1).map((e) => e.position),
    ]);
    expect(bus.batches.every((batch) => batch.length >= 1 && batch.length <= 3)).toBe(true);
    expect(checkpoints.load("relay")).toBe(head);
    await bus.close();
  });

  it("given a log far ahead of the relay, when it catches up, then it publishes full pages and saves its checkpoint once per page, at the page's last event", async () => {
    const bus = new RecordingBus();
    await appendTo(store, "team-a", 250);
    const relay = startRelay({ store, bus, checkpoints, pageSize: 100 });
    const head = await store.headPosition();
    await vi.waitFor(() => expect(relay.relayed()).toBe(head));
    await relay.stop();

    expect(bus.published.map((p) => p.position)).toEqual(await logPositions());
    expect(checkpoints.saved).toEqual(bus.batches.map((batch) => batch.at(-1)?.position));
    expect(bus.batches.filter((batch) => batch.length === 100).length).toBeGreaterThanOrEqual(1);
    await bus.close();
  });

  it("given a relay stopped part-way, when it starts again, then it goes on after its checkpoint without repeating", async () => {
    const bus = new RecordingBus();
    await appendTo(store, "team-a", 4);
    const first = startRelay({ store, bus, checkpoints, pageSize: 3 });
    const firstHead = await store.headPosition();
    await vi.waitFor(() => expect(first.relayed()).toBe(firstHead));
    await first.stop();

    await appendTo(store, "team-b", 3);
    const second = startRelay({ store, bus, checkpoints, pageSize: 3 });
    const head = await store.headPosition();
    await vi.waitFor(() => expect(second.relayed()).toBe(head));
    await second.stop();

    expect(bus.published.map((p) => p.position)).toEqual(await logPositions());
    expect(bus.published[4]?.previousPosition).toBe(firstHead);
    await bus.close();
  });

  it("given a relay that dies after the bus took a page but before its checkpoint is saved, when a new relay starts, then that page is published again exactly as before and nothing after it is lost", async () => {
    const bus = new RecordingBus();
    await appendTo(store, "team-a", 5);
    const dying = startRelay({ store, bus, checkpoints, pageSize: 5, onError: () => {} });
    checkpoints.failNextSave = true;
    await dying.finished;
    expect(dying.running()).toBe(false);
    expect(bus.batches).toHaveLength(1);
    expect(checkpoints.load("relay")).toBe(0);

    await appendTo(store, "team-b", 2);
    const next = startRelay({ store, bus, checkpoints, pageSize: 5 });
    const head = await store.headPosition();
    await vi.waitFor(() => expect(next.relayed()).toBe(head));
    await next.stop();

    const [lost, ...after] = bus.batches;
    // The repeat is the same events with the same predecessors: a projector skips it as already applied.
    expect(after.flat().slice(0, lost?.length)).toEqual(lost);
    const log = await logPositions();
    expect(after.flat().map((p) => p.position)).toEqual(log);
    expect(after.flat().map((p) => p.previousPosition)).toEqual([0, ...log.slice(0, -1)]);
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
