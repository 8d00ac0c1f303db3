import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteBoardStore } from "@cobuild/board-store";
import { allProjections, boardsFileName } from "@cobuild/boards";
import { InProcessBus } from "@cobuild/bus";
import { openSqliteEventStore } from "@cobuild/event-store";
import { startProjector } from "@cobuild/projector";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../env.ts";
import { startStandalone } from "../server.ts";

/**
 * The strongest check that boards are pure functions of the log: the whole demo (every context, written
 * through the real commands while the projector ran live, batch by batch) rebuilt from scratch, one event
 * per transaction, must give byte-identical boards.
 */
describe("rebuilding every board from the demo's log", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cobuild-rebuild-"));
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dir,
      SEED_DEMO: "true",
      WEB_DIST: dir,
    });
    const server = await startStandalone(
      config,
      pino({ level: "silent" }),
      () => new Date("2026-11-20T03:00:00Z"),
    );
    await server.ready();
    await server.close();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("given the seeded demo, when every board is rebuilt from the log, then each is byte-identical to the live one", async () => {
    const store = await openSqliteEventStore({ path: join(dir, "events.sqlite") });
    const live = new SqliteBoardStore(join(dir, boardsFileName()));
    const rebuilt = new SqliteBoardStore(join(dir, "rebuilt.sqlite"));
    const bus = new InProcessBus();
    const projector = startProjector({
      store,
      boards: rebuilt,
      bus,
      projections: allProjections,
      batchSize: 1,
    });
    await projector.waitFor(await store.headPosition());
    await projector.stop();

    const liveBoards = live.dump();
    expect(rebuilt.dump()).toEqual(liveBoards);
    // Every kind of board is in the comparison, not just a few, and so is each projection's own memory.
    const kinds = new Set(liveBoards.map((b) => b.boardId.split(":")[0]));
    expect([...kinds].sort()).toEqual(
      [
        "accounts",
        "account-holder",
        "agreement-expiry",
        "agreement-term",
        "audit",
        "audit-accounts",
        "audit-account",
        "audit-count",
        "catalogue",
        "community",
        "directory",
        "member",
        "pledge-rates",
        "pledges",
        "posts",
        "street",
        "supermarket",
        "team",
        "unit",
        "community-contribution",
        "member-memory",
        "pledge-tally",
        "pledges-names",
        "posts-names",
        "street-tally",
        "supermarket-names",
        "team-names",
        "unit-memory",
      ].sort(),
    );
    expect(liveBoards.filter((b) => b.boardId.startsWith("unit:"))).toHaveLength(24);
    await bus.close();
    await store.close();
    live.close();
    rebuilt.close();
  }, 120_000);
});
