import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteBoardStore } from "@cobuild/board-store";
import {
  allProjections,
  applyOps,
  type BoardDelta,
  type BoardSnapshot,
  boardsFileName,
  type ClientToServerEvents,
  type CommunityBoard,
  type JoinResult,
  type ServerToClientEvents,
} from "@cobuild/boards";
import { InProcessBus } from "@cobuild/bus";
import { openSqliteEventStore } from "@cobuild/event-store";
import { startProjector } from "@cobuild/projector";
import { io, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildService } from "../../infra/build-server.mjs";
import { ApiClient, DEMO_PASSWORD } from "../support/api-client.ts";
import { GUANGMING, type OpenCommitment, openCommitments } from "../support/demo-data.ts";
import {
  nodeArguments,
  repoRoot,
  type ServiceProcess,
  startServiceProcess,
} from "../support/server-process.ts";

/**
 * The distributed split on one machine: api, relay, projector and gateway as four OS processes sharing one
 * data directory (the SQLite log, the SQLite bus, the boards and sessions files), exactly as
 * docker-compose runs them against KurrentDB and Kafka: each from its compiled build, made here first.
 */
describe("api, relay, projector and gateway as separate processes", () => {
  let dataDir: string;
  let env: Record<string, string>;
  const running: Record<string, ServiceProcess> = {};
  let liaison: ApiClient;
  let meeting: ApiClient;
  let commitment: OpenCommitment;
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

  const seedDemo = () =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, nodeArguments("services/standalone/src/seed-main.ts"), {
        cwd: repoRoot,
        env: { ...process.env, ...env, LOG_LEVEL: "warn" },
        stdio: ["ignore", "inherit", "inherit"],
      });
      child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`seed exited with ${code}`))));
    });
  const start = async (name: "api" | "relay" | "projector" | "gateway") => {
    running[name] = await startServiceProcess(`services/${name}/dist/main.mjs`, env);
    return running[name];
  };
  const logContribution = (quantity: number) =>
    liaison.command(`/api/agreements/${commitment.agreementId}/contributions`, {
      commitmentId: commitment.commitmentId,
      quantity,
      date: today,
    });
  /** How far the log goes, read from the shared SQLite file as any other process would. */
  const headOfLog = async () => {
    const store = await openSqliteEventStore({ path: join(dataDir, "events.sqlite") });
    const head = await store.headPosition();
    await store.close();
    return head;
  };
  const projectorCheckpoint = async () => {
    const projector = running.projector;
    if (!projector) return -1;
    const status = (await (await fetch(`${projector.url}/status`)).json()) as { checkpoint: number };
    return status.checkpoint;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "cobuild-split-"));
    env = { DATA_DIR: dataDir, TIME_ZONE: "Asia/Shanghai" };
    // The one-process server's build is npm start's (its own test); the seed runs from the sources.
    for (const service of ["api", "relay", "projector", "gateway"]) await buildService(service);
    await seedDemo();
    await Promise.all([start("api"), start("relay"), start("projector"), start("gateway")]);
    const head = await headOfLog();
    await vi.waitFor(async () => expect(await projectorCheckpoint()).toBe(head), {
      timeout: 90_000,
      interval: 250,
    });
    liaison = await ApiClient.as(running.api?.url ?? "", "liaison");
    meeting = await ApiClient.as(running.api?.url ?? "", "meeting");
    const mine = (await openCommitments(meeting)).find((c) => c.unitId === "gm-u01");
    if (!mine) throw new Error("the demo liaison's unit has no open commitment");
    commitment = mine;
  }, 180_000);

  afterAll(async () => {
    await Promise.all(Object.values(running).map((service) => service.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A socket on the gateway process watching the community board, folding every delta it receives. */
  const watchCommunityBoard = async () => {
    const token = await sessionToken("meeting");
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(running.gateway?.url ?? "", {
      transports: ["websocket"],
      auth: { token },
    });
    const joined = await new Promise<JoinResult>((resolve) =>
      socket.emit("board:join", { boardId: `community:${GUANGMING}` }, resolve),
    );
    if (!joined.ok) throw new Error(joined.error.message);
    let board = joined.snapshot as BoardSnapshot<CommunityBoard>;
    /** Deltas that did not start where the board stood: a lost or repeated change. */
    const gaps: string[] = [];
    socket.on("board:delta", (delta: BoardDelta) => {
      const from = delta.from ?? delta.version - 1;
      if (from !== board.version) gaps.push(`at version ${board.version} got ${from}→${delta.version}`);
      board = { ...board, version: delta.version, data: applyOps(board.data, delta.ops) };
    });
    return { socket, board: () => board, gaps };
  };

  it("given a socket on the gateway process, when a contribution is posted to the api process, then the change reaches the socket", async () => {
    const watcher = await watchCommunityBoard();
    const before = watcher.board().data.totals.contributions;
    await logContribution(2);
    await vi.waitFor(() => expect(watcher.board().data.totals.contributions).toBe(before + 1), {
      timeout: 15_000,
    });
    expect(watcher.gaps).toEqual([]);
    watcher.socket.disconnect();
  }, 60_000);

  it("given commands arriving while the projector process is killed, when it is restarted, then the boards lose nothing and apply nothing twice", async () => {
    const watcher = await watchCommunityBoard();
    const before = watcher.board().data.totals.contributions;
    let sent = 0;
    const sending = (async () => {
      for (; sent < 30; sent++) await logContribution(1);
    })();
    // Kill it mid-stream: no chance to finish a batch, save a checkpoint or leave its group.
    await vi.waitFor(() => expect(sent).toBeGreaterThanOrEqual(8), { timeout: 30_000 });
    await running.projector?.kill();
    delete running.projector;
    await sending;
    await start("projector");

    const head = await headOfLog();
    await vi.waitFor(async () => expect(await projectorCheckpoint()).toBe(head), {
      timeout: 60_000,
      interval: 250,
    });
    // The socket, still connected to the gateway, saw all thirty.
    await vi.waitFor(() => expect(watcher.board().data.totals.contributions).toBe(before + 30), {
      timeout: 15_000,
    });
    expect(watcher.gaps).toEqual([]);
    watcher.socket.disconnect();

    // The shared boards file equals boards folded from the whole log from scratch, byte for byte.
    const rebuiltDir = mkdtempSync(join(tmpdir(), "cobuild-rebuild-"));
    const store = await openSqliteEventStore({ path: join(dataDir, "events.sqlite") });
    const rebuilt = new SqliteBoardStore(join(rebuiltDir, "boards.sqlite"));
    const projector = startProjector({
      store,
      boards: rebuilt,
      bus: new InProcessBus(),
      projections: allProjections,
    });
    await projector.waitFor(head);
    await projector.stop();
    const shared = new SqliteBoardStore(join(dataDir, boardsFileName()));
    expect(shared.dump()).toEqual(rebuilt.dump());
    shared.close();
    rebuilt.close();
    await store.close();
    rmSync(rebuiltDir, { recursive: true, force: true });
  }, 240_000);

  it("given a socket on the gateway process, when its session logs out at the api process, then the gateway ends it", async () => {
    const token = await sessionToken("meeting");
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(running.gateway?.url ?? "", {
      transports: ["websocket"],
      reconnection: false,
      auth: { token },
    });
    const joined = await new Promise<JoinResult>((resolve) =>
      socket.emit("board:join", { boardId: `community:${GUANGMING}` }, resolve),
    );
    expect(joined.ok).toBe(true);
    const ended = new Promise<string>((resolve) => socket.once("disconnect", resolve));

    const logout = await fetch(`${running.api?.url}/api/session`, {
      method: "DELETE",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    });
    expect(logout.status).toBe(204);
    expect(await ended).toBe("io server disconnect");
  });

  const sessionToken = async (username: string) => {
    const response = await fetch(`${running.api?.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    return ((await response.json()) as { token: string }).token;
  };
});
