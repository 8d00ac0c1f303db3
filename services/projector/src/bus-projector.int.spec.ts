import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteBoardStore } from "@cobuild/board-store";
import { allProjections, BOARD_DELTAS_TOPIC, type BoardDelta, type CommunityBoard } from "@cobuild/boards";
import { type EventBus, InProcessBus, openSqliteBus } from "@cobuild/bus";
import {
  EVENTS_TOPIC,
  type EventStore,
  openSqliteEventStore,
  type RecordedEvent,
  type RelayedEvent,
} from "@cobuild/event-store";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BoardWriter, LogGapError } from "./board-writer.ts";
import { startBusProjector } from "./bus-projector.ts";
import { startProjector } from "./projector.ts";
import { append, appendWorld, contribution } from "./testing/fixtures.ts";

/** Events as the relay sends them: each with the position of the one before. */
const relayed = (log: readonly RecordedEvent[]): RelayedEvent[] =>
  log.map((event, i) => ({ ...event, previousPosition: log[i - 1]?.position ?? 0 }));

describe("the projector fed by the bus", () => {
  let dir: string;
  let store: EventStore;
  let bus: InProcessBus;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "bus-projector-"));
    store = await openSqliteEventStore({ path: join(dir, "events.sqlite") });
    bus = new InProcessBus();
    await appendWorld(store);
    for (let i = 0; i < 20; i++) await append(store, "agreement-a1", contribution(i));
  });
  afterEach(async () => {
    await bus.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The boards folded straight from the log by the one-process projector: what every feed must match. */
  const referenceBoards = async () => {
    const boards = new SqliteBoardStore(join(dir, "reference.sqlite"));
    const projector = startProjector({ store, boards, bus: new InProcessBus(), projections: allProjections });
    await projector.waitFor(await store.headPosition());
    await projector.stop();
    const dump = boards.dump();
    boards.close();
    return dump;
  };

  it("given every event relayed and some relayed twice, when projected, then the boards equal those folded from the log", async () => {
    const boards = new SqliteBoardStore(join(dir, "boards.sqlite"));
    const projector = await startBusProjector({ bus, boards, projections: allProjections, group: "g" });
    const log = relayed(await store.readAll());
    for (const event of log) await bus.publish(EVENTS_TOPIC, event.streamId, event);
    // A relay restarted before saving its checkpoint sends its last events again.
    for (const event of log.slice(-8)) await bus.publish(EVENTS_TOPIC, event.streamId, event);
    await projector.waitFor(await store.headPosition());
    await projector.stop();

    expect(boards.dump()).toEqual(await referenceBoards());
    const board = boards.read("community:gm")?.data as CommunityBoard;
    expect(board.totals.contributions).toBe(20);
    boards.close();
  });

  it("given a projection that throws once, when the bus delivers the event again, then nothing is skipped", async () => {
    const boards = new SqliteBoardStore(join(dir, "boards.sqlite"));
    const community = allProjections.find((p) => p.kind === "community");
    if (!community) throw new Error("no community projection");
    let failuresLeft = 1;
    const errors: unknown[] = [];
    const projector = await startBusProjector({
      bus,
      boards,
      group: "g",
      projections: [
        {
          ...community,
          project: (board, event, memory) => {
            if (event.type === "ContributionLogged" && failuresLeft-- > 0) throw new Error("disk hiccup");
            return community.project(board, event, memory);
          },
        },
      ],
      onError: (error) => errors.push(error),
    });
    for (const event of await store.readAll()) await bus.publish(EVENTS_TOPIC, event.streamId, event);
    const head = await store.headPosition();
    await vi.waitFor(() => expect(projector.position()).toBe(head), { timeout: 10_000 });
    await projector.stop();

    expect(errors.length).toBeGreaterThanOrEqual(1);
    const board = boards.read("community:gm")?.data as CommunityBoard | undefined;
    expect(board?.totals.contributions).toBe(20);
    boards.close();
  });

  it("given two projector processes on one boards file, when they take turns, then each goes on from the other's checkpoint and nothing is applied twice", async () => {
    const path = join(dir, "shared.sqlite");
    const log = await store.readAll();
    const fileA = new SqliteBoardStore(path);
    const fileB = new SqliteBoardStore(path);
    const a = new BoardWriter(fileA, new InProcessBus(), allProjections, "boards");
    const b = new BoardWriter(fileB, new InProcessBus(), allProjections, "boards");
    // a applies the first part; b, which last looked at an empty file, is handed from the start again.
    await a.apply(log.slice(0, 10));
    await b.apply(log.slice(0, 16));
    // a stalled meanwhile (its cache still holds the boards as of event 10) and gets the rest.
    await a.apply(log.slice(10));
    fileA.close();
    fileB.close();

    const result = new SqliteBoardStore(path);
    expect(result.checkpoint("boards")).toBe(log.at(-1)?.position);
    expect(result.dump()).toEqual(await referenceBoards());
    result.close();
  });

  it("given an event missing from the feed, when the next one arrives, then the boards stop before the gap instead of skipping it", async () => {
    const boards = new SqliteBoardStore(join(dir, "boards.sqlite"));
    const errors: unknown[] = [];
    const projector = await startBusProjector({
      bus,
      boards,
      projections: allProjections,
      group: "g",
      onError: (error) => errors.push(error),
    });
    const log = relayed(await store.readAll());
    const lost = log[10];
    for (const event of log.filter((event) => event !== lost))
      await bus.publish(EVENTS_TOPIC, event.streamId, event);
    await vi.waitFor(() => expect(errors.length).toBeGreaterThanOrEqual(1));
    expect(projector.position()).toBe(log[9]?.position);
    expect(String((errors[0] as Error).cause)).toContain("never arrived");
    await projector.stop();
    boards.close();
  });

  it("given deltas committed while the bus refused them, when a projector starts on the file, then it publishes them in order", async () => {
    const path = join(dir, "boards.sqlite");
    const down = new InProcessBus();
    down.publishBatch = async () => {
      throw new Error("broker unavailable");
    };
    const first = new SqliteBoardStore(path);
    const log = relayed(await store.readAll());
    await expect(new BoardWriter(first, down, allProjections, "boards").apply(log)).rejects.toThrow(
      "unavailable",
    );
    first.close();

    const boards = new SqliteBoardStore(path);
    const versions: number[] = [];
    await bus.subscribe<BoardDelta>(BOARD_DELTAS_TOPIC, (delta) => {
      if (delta.boardId === "community:gm") versions.push(delta.version);
    });
    const projector = await startBusProjector({ bus, boards, projections: allProjections, group: "g" });
    const finalVersion = boards.read("community:gm")?.version ?? 0;
    await vi.waitFor(() => expect(versions.at(-1)).toBe(finalVersion));
    expect(versions).toEqual(Array.from({ length: finalVersion }, (_, i) => i + 1));
    await projector.stop();
    boards.close();
  });

  describe("in batches", () => {
    /**
     * A durable bus holding `messages` before the projector's group has a member: the group starts at the
     * oldest of them, so the projector's first batch is all of them (fewer than its batch size).
     */
    const busHolding = async (messages: readonly RelayedEvent[]): Promise<EventBus> => {
      const durable = await openSqliteBus({ path: join(dir, "bus.sqlite") });
      for (const event of messages) await durable.publish(EVENTS_TOPIC, event.streamId, event);
      return durable;
    };
    /** A boards file that already holds the log up to and including `log[through]`. */
    const boardsThrough = async (log: readonly RelayedEvent[], through: number) => {
      const path = join(dir, "boards.sqlite");
      const first = new SqliteBoardStore(path);
      await new BoardWriter(first, new InProcessBus(), allProjections, "boards").apply(
        log.slice(0, through + 1),
      );
      first.close();
      return new SqliteBoardStore(path);
    };

    it("given boards at event 10 and a batch repeating events 6 to 10 before the new ones, when projected, then the boards equal those folded from the log", async () => {
      const log = relayed(await store.readAll());
      const boards = await boardsThrough(log, 9);
      const durable = await busHolding(log.slice(5));
      const projector = await startBusProjector({
        bus: durable,
        boards,
        projections: allProjections,
        group: "g",
      });
      await projector.waitFor(await store.headPosition());
      await projector.stop();
      await durable.close();

      expect(boards.dump()).toEqual(await referenceBoards());
      boards.close();
    });

    it("given boards at event 10 and a batch repeating events 6 to 10 and then missing event 11, when projected, then the boards stay at event 10 and the gap is reported", async () => {
      const log = relayed(await store.readAll());
      const boards = await boardsThrough(log, 9);
      const errors: unknown[] = [];
      const durable = await busHolding([...log.slice(5, 10), ...log.slice(11)]);
      const projector = await startBusProjector({
        bus: durable,
        boards,
        projections: allProjections,
        group: "g",
        onError: (error) => errors.push(error),
      });
      await vi.waitFor(() => expect(errors.length).toBeGreaterThanOrEqual(1));
      await projector.stop();
      await durable.close();

      expect((errors[0] as Error).cause).toBeInstanceOf(LogGapError);
      expect(projector.position()).toBe(log[9]?.position);
      expect(boards.checkpoint("boards")).toBe(log[9]?.position);
      boards.close();
    });

    it("given one batch with the whole log followed by a repeat of its last 8 events, when projected, then nothing is applied twice", async () => {
      const log = relayed(await store.readAll());
      const boards = new SqliteBoardStore(join(dir, "boards.sqlite"));
      const durable = await busHolding([...log, ...log.slice(-8)]);
      const projector = await startBusProjector({
        bus: durable,
        boards,
        projections: allProjections,
        group: "g",
      });
      await projector.waitFor(await store.headPosition());
      await projector.stop();
      await durable.close();

      expect(boards.dump()).toEqual(await referenceBoards());
      boards.close();
    });

    it("given a batch whose events 12 to 15 follow a gap after event 10, when written, then the events before the gap are stored and the gap refused", async () => {
      const log = relayed(await store.readAll());
      const boards = new SqliteBoardStore(join(dir, "boards.sqlite"));
      const writer = new BoardWriter(boards, new InProcessBus(), allProjections, "boards");

      await expect(writer.apply([...log.slice(0, 10), ...log.slice(11, 15)])).rejects.toThrow(LogGapError);

      expect(writer.checkpoint()).toBe(log[9]?.position);
      expect(boards.checkpoint("boards")).toBe(log[9]?.position);
      boards.close();
    });
  });
});
