import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteBoardStore } from "@cobuild/board-store";
import { allProjections, type CommunityBoard } from "@cobuild/boards";
import { InProcessBus, openSqliteBus, type SqliteBus } from "@cobuild/bus";
import { EVENTS_TOPIC, type EventStore, openSqliteEventStore } from "@cobuild/event-store";
import { startBusProjector, startProjector } from "@cobuild/projector";
import { append, appendWorld, contribution } from "@cobuild/projector/testing";
import { CheckpointFile, type RelayCheckpoints, startRelay } from "@cobuild/relay";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/** The relay's checkpoint file, except that one save never happens: the process died just before it. */
class DyingBeforeSave implements RelayCheckpoints {
  dieAtSave = 2;
  constructor(private readonly file: CheckpointFile) {}
  load(name: string): number {
    return this.file.load(name);
  }
  save(name: string, position: number): void {
    if (--this.dieAtSave === 0) throw new Error("killed between publish and checkpoint");
    this.file.save(name, position);
  }
}

/**
 * The relay, the SQLite bus and the bus projector together: a relay that dies after the bus took a page
 * but before its checkpoint is saved publishes that page again when it restarts, and the projector applies
 * every event exactly once.
 */
describe("a relay dying between a page's publish and its checkpoint", () => {
  let dir: string;
  let store: EventStore;
  let bus: SqliteBus;
  let file: CheckpointFile;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "relay-crash-"));
    store = await openSqliteEventStore({ path: join(dir, "events.sqlite") });
    bus = await openSqliteBus({ path: join(dir, "bus.sqlite"), keepTopics: [EVENTS_TOPIC] });
    file = new CheckpointFile(join(dir, "relay.sqlite"));
  });
  afterEach(async () => {
    file.close();
    await bus.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The boards folded straight from the log: what the boards fed through the bus must equal. */
  const rebuilt = async () => {
    const boards = new SqliteBoardStore(join(dir, "rebuilt.sqlite"));
    const projector = startProjector({ store, boards, bus: new InProcessBus(), projections: allProjections });
    await projector.waitFor(await store.headPosition());
    await projector.stop();
    const dump = boards.dump();
    boards.close();
    return dump;
  };

  it("given a page published twice, when the projector reads the topic, then its boards equal a rebuild from the log and count each contribution once", async () => {
    await appendWorld(store);
    for (let n = 0; n < 30; n++) await append(store, "agreement-a1", contribution(n));
    const boards = new SqliteBoardStore(join(dir, "boards.sqlite"));
    const projector = await startBusProjector({ bus, boards, projections: allProjections, group: "p" });

    const checkpoints = new DyingBeforeSave(file);
    const dying = startRelay({ store, bus, checkpoints, pageSize: 10, onError: () => {} });
    await dying.finished;
    const diedAfter = file.load("relay");
    expect(diedAfter).toBe(10);
    for (let n = 30; n < 40; n++) await append(store, "agreement-a1", contribution(n));
    const restarted = startRelay({ store, bus, checkpoints: file, pageSize: 10 });
    const head = await store.headPosition();
    await vi.waitFor(() => expect(restarted.relayed()).toBe(head), { timeout: 10_000 });
    await restarted.stop();
    await vi.waitFor(() => expect(projector.position()).toBe(head), { timeout: 10_000 });
    await projector.stop();

    // The page after the last checkpoint really went to the bus twice.
    const relayed = topicPositions(dir);
    const repeated = relayed.filter((position, i) => relayed.indexOf(position) !== i);
    expect(repeated).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    const board = boards.read("community:gm")?.data as CommunityBoard;
    expect(board.totals.contributions).toBe(40);
    expect(boards.dump()).toEqual(await rebuilt());
    boards.close();
  });
});

/** The positions of the relayed events on the topic, in bus order, read as another process would. */
function topicPositions(dir: string): number[] {
  const db = new Database(join(dir, "bus.sqlite"), { readonly: true });
  try {
    return db
      .prepare<[string], { payload: string }>(
        "SELECT payload FROM bus_messages WHERE topic = ? ORDER BY position",
      )
      .all(EVENTS_TOPIC)
      .map(({ payload }) => (JSON.parse(payload) as { position: number }).position);
  } finally {
    db.close();
  }
}
