import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { openSqliteSessionStore } from "@cobuild/access";
import { bootstrapStreet, createServices } from "@cobuild/api";
import { SqliteBoardStore } from "@cobuild/board-store";
import {
  BOARD_DELTAS_TOPIC,
  type BoardDelta,
  type BoardSnapshot,
  boardsFileName,
  type ClientToServerEvents,
  type JoinResult,
  type ServerToClientEvents,
} from "@cobuild/boards";
import { openSqliteBus, type SqliteBus } from "@cobuild/bus";
import { openSqliteEventStore } from "@cobuild/event-store";
import pino, { type Logger } from "pino";
import { io, type Socket } from "socket.io-client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadGatewayConfig } from "./env.ts";
import { type RunningGatewayService, startGatewayService } from "./server.ts";

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const STREET = "east-street";
const ADMIN = { username: "east-admin", displayName: "东街管理员", password: "test-password-1" };
const OTHER_ADMIN = { username: "west-admin", displayName: "西街管理员", password: "test-password-2" };
const streetBoard: BoardSnapshot = {
  boardId: `street:${STREET}`,
  version: 1,
  data: { streetId: STREET, name: "东街", communities: {}, recentContributions: [] },
};

/**
 * The gateway process as it runs in the distributed mode, started in-process over real sockets. The
 * test plays the other processes through the files they share: the api's accounts (log) and sessions,
 * the projector's boards file and its deltas on the bus file.
 */
describe("the gateway service on its own", () => {
  let dataDir: string;
  let errors: string[];
  let gateway: RunningGatewayService | undefined;
  let bus: SqliteBus | undefined;
  const clients: ClientSocket[] = [];

  const startGateway = async () => {
    const config = loadGatewayConfig({ DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1" });
    gateway = await startGatewayService(config, errorsOnly(errors));
    return gateway;
  };
  const connect = (url: string, token: string | undefined) => {
    const socket: ClientSocket = io(url, {
      transports: ["websocket"],
      forceNew: true,
      reconnection: false,
      auth: token ? { token } : {},
    });
    clients.push(socket);
    return socket;
  };
  const connected = (socket: ClientSocket) =>
    new Promise<void>((resolve, reject) => {
      socket.on("connect", resolve);
      socket.on("connect_error", reject);
    });
  const joinBoard = (socket: ClientSocket, boardId: string) =>
    new Promise<JoinResult>((resolve) => socket.emit("board:join", { boardId }, resolve));

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "cobuild-gateway-service-"));
    errors = [];
    await givenStreetsWithAdmins(dataDir);
    givenBoards(dataDir, [streetBoard]);
  });
  afterEach(async () => {
    for (const socket of clients.splice(0)) socket.disconnect();
    await gateway?.close().catch(() => {});
    gateway = undefined;
    await bus?.close();
    bus = undefined;
    await rm(dataDir, { recursive: true, force: true });
    expect(errors).toEqual([]);
  });

  it("given a started gateway, when its health is asked, then it is alive and ready", async () => {
    const { url } = await startGateway();

    const health = await fetch(`${url}/healthz`);
    const readiness = await fetch(`${url}/readyz`);

    expect([health.status, await health.json()]).toEqual([200, { status: "ok" }]);
    expect([readiness.status, await readiness.json()]).toEqual([200, { status: "ready" }]);
  });

  it("given the street's administrator logged in through the api, when they join the street board, then they get its snapshot and then the projector's delta from the bus", async () => {
    const { url } = await startGateway();
    const socket = connect(url, givenSession(dataDir, ADMIN.username));
    const deltas: BoardDelta[] = [];
    socket.on("board:delta", (delta) => deltas.push(delta));
    await connected(socket);

    const joined = await joinBoard(socket, streetBoard.boardId);
    bus = await openSqliteBus({ path: join(dataDir, "bus.sqlite") });
    const delta: BoardDelta = {
      boardId: streetBoard.boardId,
      version: 2,
      ops: [{ op: "set", path: ["name"], value: "东街街道" }],
    };
    await bus.publish(BOARD_DELTAS_TOPIC, delta.boardId, delta);

    expect(joined).toEqual({ ok: true, snapshot: streetBoard });
    await vi.waitFor(() => expect(deltas).toEqual([expect.objectContaining(delta)]));
  });

  it("given another street's administrator, when they join this street's board, then the policy read from the log refuses them", async () => {
    const { url } = await startGateway();
    const socket = connect(url, givenSession(dataDir, OTHER_ADMIN.username));
    await connected(socket);

    const joined = await joinBoard(socket, streetBoard.boardId);

    expect(joined).toMatchObject({ ok: false, error: { code: "not_allowed" } });
  });

  it("given a token no api ever issued, when a client connects, then the handshake is refused", async () => {
    const { url } = await startGateway();

    const refusal = connected(connect(url, "not-a-session"));

    await expect(refusal).rejects.toThrow("unauthenticated");
  });

  it("given a watching client, when the gateway closes, then the client loses its transport (so it reconnects elsewhere) and new connections are refused", async () => {
    const service = await startGateway();
    const socket = connect(service.url, givenSession(dataDir, ADMIN.username));
    await connected(socket);
    expect((await joinBoard(socket, streetBoard.boardId)).ok).toBe(true);
    const disconnected = new Promise<string>((resolve) => socket.on("disconnect", resolve));

    await service.close();
    gateway = undefined;

    // "transport close" is a reason a client reconnects on; "io server disconnect" would end it for good.
    expect(await disconnected).toBe("transport close");
    await expect(fetch(`${service.url}/healthz`)).rejects.toThrow();
  });
});

/** Two streets, each with its administrator, in the log the api writes. */
async function givenStreetsWithAdmins(dataDir: string): Promise<void> {
  const store = await openSqliteEventStore({ path: join(dataDir, "events.sqlite") });
  try {
    const boards = { getBoard: async () => undefined };
    const services = createServices({ store, boards, today: () => "2025-06-15" });
    await bootstrapStreet(services, { streetId: STREET, name: "东街", admin: ADMIN });
    await bootstrapStreet(services, { streetId: "west-street", name: "西街", admin: OTHER_ADMIN });
  } finally {
    await store.close();
  }
}

/** What the api does at login: a session in the shared sessions file; returns its token. */
function givenSession(dataDir: string, username: string): string {
  const sessions = openSqliteSessionStore(join(dataDir, "sessions.sqlite"));
  try {
    return sessions.create(username);
  } finally {
    sessions.close();
  }
}

/** What the projector does: boards committed to the boards file. */
function givenBoards(dataDir: string, boards: BoardSnapshot[]): void {
  const store = new SqliteBoardStore(join(dataDir, boardsFileName()));
  try {
    store.commit({ name: "projector", previous: 0, position: 1, boards });
  } finally {
    store.close();
  }
}

/** A logger that keeps what the service logs as errors, so a test can insist there were none. */
function errorsOnly(into: string[]): Logger {
  const sink = new Writable({
    write(line, _encoding, done) {
      into.push(String(line));
      done();
    },
  });
  return pino({ level: "error" }, sink);
}
