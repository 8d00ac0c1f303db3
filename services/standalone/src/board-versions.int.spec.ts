import { mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteBoardStore } from "@cobuild/board-store";
import {
  allProjections,
  BOARD_DELTAS_TOPIC,
  BOARDS_VERSION,
  type BoardDelta,
  boardsFileName,
} from "@cobuild/boards";
import { InProcessBus } from "@cobuild/bus";
import type { RegistryEvent } from "@cobuild/domain";
import { type EventStore, openSqliteEventStore } from "@cobuild/event-store";
import type { RunningGateway } from "@cobuild/gateway";
import { type LogProjector, startProjector } from "@cobuild/projector";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BoardVersions } from "./board-versions.ts";

const meta = { actor: "test", correlationId: "c", causationId: "c", schemaVersion: 1 };
const registered = (communityId: string, name: string): RegistryEvent => ({
  type: "CommunityRegistered",
  data: { communityId, streetId: "dongfeng", name, street: "东风路街道" },
});
const unit = (unitId: string, communityId = "gm"): RegistryEvent => ({
  type: "UnitRegistered",
  data: {
    unitId,
    communityId,
    name: `单位${unitId}`,
    kind: "school",
    partyOrganisation: "支部",
    inServiceMembers: 3,
  },
});
const append = (store: EventStore, streamId: string, event: RegistryEvent) =>
  store.appendToStream(streamId, [{ id: crypto.randomUUID(), ...event, meta }]);

describe("boards versions: the previous one serves while the current one is built", () => {
  let dir: string;
  let store: EventStore;
  let bus: InProcessBus;
  const silent = pino({ level: "silent" });
  const resyncs: number[] = [];
  const gateway = { resyncAll: () => void resyncs.push(Date.now()) } as Pick<RunningGateway, "resyncAll">;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "board-versions-"));
    store = await openSqliteEventStore({ path: join(dir, "events.sqlite") });
    bus = new InProcessBus();
    resyncs.length = 0;
    await append(store, "community-gm", registered("gm", "光明社区"));
    for (let i = 0; i < 20; i++) await append(store, `unit-u${i}`, unit(`u${i}`));
  });
  afterEach(async () => {
    await bus.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Boards of the version before this one, complete, holding what the log held when they were built. */
  const buildPreviousVersion = async () => {
    const boards = new BoardVersions(dir, silent);
    const projector = startProjector({
      store,
      boards: boards.current,
      bus,
      projections: allProjections,
      onCaughtUp: () => boards.caughtUp(projector, undefined),
    });
    await projector.waitFor(await store.headPosition());
    await projector.stop();
    boards.close();
    renameSync(join(dir, boardsFileName()), join(dir, `boards-v${BOARDS_VERSION - 1}.sqlite`));
  };

  const start = (versions: BoardVersions, batchSize?: number): LogProjector => {
    const projector: LogProjector = startProjector({
      store,
      boards: versions.current,
      bus,
      projections: allProjections,
      building: versions.building,
      batchSize,
      onCaughtUp: () => versions.caughtUp(projector, gateway as RunningGateway),
    });
    return projector;
  };

  it("given a complete older version, when the current one is built, then the older serves until the build caught up, the switch happens once, and deltas flow only after it", async () => {
    await buildPreviousVersion();
    // The log moves on after the old boards were built: the old boards do not know this community.
    await append(store, "community-late", registered("late", "新社区"));
    await append(store, "unit-late1", unit("late1", "late"));
    const deltas: BoardDelta[] = [];
    await bus.subscribe<BoardDelta>(BOARD_DELTAS_TOPIC, (delta) => void deltas.push(delta));

    const versions = new BoardVersions(dir, silent);
    expect(versions.building).toBe(true);
    expect((await versions.serving.getBoard("catalogue:gm"))?.version).toBeGreaterThan(0);
    expect(await versions.serving.getBoard("catalogue:late")).toBeUndefined();
    const projector = start(versions);
    expect(() => versions.check(projector)).toThrow(/building boards version/);

    await new Promise<void>((resolve) => {
      const poll = () => (resyncs.length > 0 ? resolve() : setImmediate(poll));
      poll();
    });
    expect(await versions.serving.getBoard("catalogue:late")).toBeDefined();
    expect(deltas).toEqual([]);

    await append(store, "unit-u99", unit("u99"));
    await waitForCheckpoint(versions.current, await store.headPosition());
    expect(deltas.map((delta) => delta.boardId)).toContain("catalogue:gm");
    expect(resyncs).toHaveLength(1);
    expect(() => versions.check(projector)).not.toThrow();
    await projector.stop();
    versions.close();

    // A restart finds the current version complete: it serves at once, builds nothing, resyncs nobody.
    const again = new BoardVersions(dir, silent);
    expect(again.building).toBe(false);
    expect((await again.serving.getBoard("catalogue:late"))?.version).toBeGreaterThan(0);
    again.close();
  });

  it("given a build stopped half-way, when the process starts again, then the previous version still serves and the build resumes from its checkpoint to the same boards as a build in one go", async () => {
    await buildPreviousVersion();
    const first = new BoardVersions(dir, silent);
    const stopped = start(first, 5);
    await stopped.waitFor(10);
    await stopped.stop();
    const reached = first.current.checkpoint("boards");
    expect(reached).toBeGreaterThanOrEqual(10);
    expect(reached).toBeLessThan(await store.headPosition());
    expect(resyncs).toHaveLength(0);
    first.close();

    const second = new BoardVersions(dir, silent);
    expect(second.building).toBe(true);
    expect(second.current.checkpoint("boards")).toBe(reached);
    const resumed = start(second, 5);
    await resumed.waitFor(await store.headPosition());
    await resumed.stop();
    expect(resyncs).toHaveLength(1);
    const resumedBoards = second.current.dump();
    second.close();

    const oneGo = new SqliteBoardStore(join(dir, "one-go.sqlite"));
    const projector = startProjector({ store, boards: oneGo, bus, projections: allProjections });
    await projector.waitFor(await store.headPosition());
    await projector.stop();
    expect(resumedBoards).toEqual(oneGo.dump());
    oneGo.close();
  });
});

/** Resolves once the file's checkpoint reached `position`. */
async function waitForCheckpoint(boards: SqliteBoardStore, position: number): Promise<void> {
  while (boards.checkpoint("boards") < position) await new Promise((resolve) => setImmediate(resolve));
}
