import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteBoardStore } from "@cobuild/board-store";
import {
  allProjections,
  BOARD_DELTAS_TOPIC,
  type BoardDelta,
  type BoardProjection,
  type CommunityBoard,
} from "@cobuild/boards";
import { InProcessBus } from "@cobuild/bus";
import { type EventStore, openSqliteEventStore } from "@cobuild/event-store";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startProjector } from "./projector.ts";
import { append, appendWorld, contribution } from "./testing/fixtures.ts";

describe("the projector", () => {
  let dir: string;
  let store: EventStore;
  let bus: InProcessBus;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "projector-"));
    store = await openSqliteEventStore({ path: join(dir, "events.sqlite") });
    bus = new InProcessBus();
    await appendWorld(store);
  });
  afterEach(async () => {
    await bus.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (boards: SqliteBoardStore) =>
    startProjector({ store, boards, bus, projections: allProjections });

  it("given a log, when boards are rebuilt from scratch, then they are byte-identical to the live ones", async () => {
    const live = new SqliteBoardStore(join(dir, "live.sqlite"));
    const projector = run(live);
    for (let i = 0; i < 30; i++) await append(store, "agreement-a1", contribution(i));
    await projector.waitFor(await store.headPosition());
    await projector.stop();

    const rebuilt = new SqliteBoardStore(join(dir, "rebuilt.sqlite"));
    const again = run(rebuilt);
    await again.waitFor(await store.headPosition());
    await again.stop();

    expect(rebuilt.dump()).toEqual(live.dump());
    const board = live.read("community:gm")?.data as CommunityBoard;
    expect(board.agreements.a1?.commitments.c1?.logged).toBe(45);
    live.close();
    rebuilt.close();
  });

  it("given a stopped projector, when it restarts, then it continues from its checkpoint without applying anything twice", async () => {
    const boards = new SqliteBoardStore(join(dir, "boards.sqlite"));
    const first = run(boards);
    await append(store, "agreement-a1", contribution(1));
    await first.waitFor(await store.headPosition());
    await first.stop();
    const versionBefore = boards.read("community:gm")?.version ?? 0;

    await append(store, "agreement-a1", contribution(2), contribution(3));
    boards.close();
    const reopened = new SqliteBoardStore(join(dir, "boards.sqlite"));
    expect(reopened.checkpoint("boards")).toBe(first.position());
    const second = run(reopened);
    await second.waitFor(await store.headPosition());
    await second.stop();

    const board = reopened.read("community:gm");
    expect(board?.version).toBe(versionBefore + 2);
    if (!board) throw new Error("community board missing after restart");
    expect((board.data as CommunityBoard).totals.contributions).toBe(3);
    reopened.close();
  });

  it("given a subscriber on the bus, when events are projected, then each board's deltas arrive once each, in version order", async () => {
    const boards = new SqliteBoardStore(join(dir, "boards.sqlite"));
    const deltas: BoardDelta[] = [];
    await bus.subscribe<BoardDelta>(BOARD_DELTAS_TOPIC, (d) => {
      if (d.boardId === "community:gm") deltas.push(d);
    });
    const projector = run(boards);
    for (let i = 0; i < 20; i++) await append(store, "agreement-a1", contribution(i));
    await projector.waitFor(await store.headPosition());
    await vi.waitFor(() => expect(deltas.at(-1)?.version).toBe(boards.read("community:gm")?.version));
    expect(deltas.map((d) => d.version)).toEqual(deltas.map((_, i) => i + 1));
    await projector.stop();
    boards.close();
  });

  it("given a projection that fails for a while, when it recovers, then no event was skipped", async () => {
    const boards = new SqliteBoardStore(join(dir, "boards.sqlite"));
    let failuresLeft = 3;
    const errors: unknown[] = [];
    const community = allProjections.find((p) => p.kind === "community");
    if (!community) throw new Error("no projections");
    const flaky: BoardProjection = {
      ...community,
      project: (board, event, memory) => {
        if (event.type === "ContributionLogged" && failuresLeft-- > 0) throw new Error("boards disk hiccup");
        return community.project(board, event, memory);
      },
    };
    const projector = startProjector({
      store,
      boards,
      bus,
      projections: [flaky],
      onError: (e) => errors.push(e),
    });
    for (let i = 0; i < 5; i++) await append(store, "agreement-a1", contribution(i));
    await projector.waitFor(await store.headPosition());
    await projector.stop();

    expect(errors).toHaveLength(3);
    const board = boards.read("community:gm")?.data as CommunityBoard;
    expect(board.totals.contributions).toBe(5);
    expect(board.agreements.a1?.commitments.c1?.logged).toBe(7.5);
    boards.close();
  });
});
