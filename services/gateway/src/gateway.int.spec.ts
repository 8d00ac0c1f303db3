import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  BOARD_DELTAS_TOPIC,
  type BoardDelta,
  type BoardSnapshot,
  type ClientToServerEvents,
  type JoinResult,
  type ServerToClientEvents,
} from "@cobuild/boards";
import { InProcessBus } from "@cobuild/bus";
import { io, type Socket } from "socket.io-client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { attachGateway, type RunningGateway } from "./gateway.ts";

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The gateway on its own, over real sockets: a board held in memory stands in for the projector's store
 * so a test can publish any burst of deltas it likes.
 */
describe("the gateway under bursts", () => {
  let http: Server;
  let bus: InProcessBus;
  let gateway: RunningGateway;
  let url: string;
  let board: BoardSnapshot<{ count: number }>;
  const clients: ClientSocket[] = [];

  /** What the access check says for every join; a test flips it to revoke a role. */
  let verdict: "allowed" | "not_allowed" = "allowed";
  const start = async (options: { coalesceMs: number }) => {
    verdict = "allowed";
    http = createServer();
    bus = new InProcessBus();
    board = { boardId: "community:c1", version: 0, data: { count: 0 } };
    gateway = await attachGateway({
      httpServer: http,
      bus,
      boards: { getBoard: async (id) => (id === board.boardId ? board : undefined) },
      access: {
        authenticate: async (handshake) => (handshake.auth.token === "good-token" ? "viewer" : undefined),
        mayWatch: async () => verdict,
      },
      ...options,
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  };
  /** Moves the board on by `n` versions and publishes each change, all in one go. */
  const burst = async (n: number) => {
    for (let i = 0; i < n; i++) {
      board = { ...board, version: board.version + 1, data: { count: board.data.count + 1 } };
      const delta: BoardDelta = {
        boardId: board.boardId,
        version: board.version,
        ops: [{ op: "set", path: ["count"], value: board.data.count }],
      };
      await bus.publish(BOARD_DELTAS_TOPIC, delta.boardId, delta);
    }
  };
  const connect = () => {
    const socket: ClientSocket = io(url, {
      transports: ["websocket"],
      forceNew: true,
      auth: { token: "good-token" },
    });
    clients.push(socket);
    return socket;
  };
  const join = (socket: ClientSocket) =>
    new Promise<JoinResult>((resolve) => socket.emit("board:join", { boardId: "community:c1" }, resolve));

  beforeEach(() => {
    clients.length = 0;
  });
  afterEach(async () => {
    for (const c of clients) c.disconnect();
    await gateway.close();
    await bus.close();
    await new Promise((resolve) => http.close(resolve));
  });

  it("given a client watching, when 100 changes come in a burst, then it gets a handful of merged deltas that end at the board's version", async () => {
    await start({ coalesceMs: 50 });
    const socket = connect();
    const deltas: BoardDelta[] = [];
    socket.on("board:delta", (d) => deltas.push(d));
    expect((await join(socket)).ok).toBe(true);
    await burst(100);
    await vi.waitFor(() => expect(deltas.at(-1)?.version).toBe(100));
    expect(deltas.length).toBeLessThanOrEqual(3);
    // The chain has no hole: each delta starts where the one before ended.
    expect(deltas[0]?.from ?? 0).toBe(0);
    for (let i = 1; i < deltas.length; i++) expect(deltas[i]?.from).toBe(deltas[i - 1]?.version);
  });

  it("given no token, when a client connects, then the handshake is refused", async () => {
    await start({ coalesceMs: 50 });
    const socket: ClientSocket = io(url, { transports: ["websocket"], forceNew: true });
    clients.push(socket);
    const error = await new Promise<Error>((resolve) => socket.on("connect_error", resolve));
    expect(error.message).toBe("unauthenticated");
  });

  it("given a watching client whose role is revoked, when it joins again and is refused, then no more deltas reach it", async () => {
    await start({ coalesceMs: 0 });
    const socket = connect();
    const deltas: BoardDelta[] = [];
    socket.on("board:delta", (d) => deltas.push(d));
    expect((await join(socket)).ok).toBe(true);
    verdict = "not_allowed";
    const again = await join(socket);
    expect(again.ok ? "ok" : again.error.code).toBe("not_allowed");
    await burst(3);
    // A second, allowed client proves the deltas went out; the refused one got none of them.
    verdict = "allowed";
    const witness = connect();
    const seen: BoardDelta[] = [];
    witness.on("board:delta", (d) => seen.push(d));
    await join(witness);
    await burst(1);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(deltas).toEqual([]);
  });

  it("given a burst being merged, when a client joins in the middle of it, then it gets just the changes after its snapshot, with no gap", async () => {
    await start({ coalesceMs: 150 });
    const early = connect();
    await join(early);
    await burst(1); // sent at once: the window opens
    await burst(2); // held back, to be merged
    const late = connect();
    const lateDeltas: BoardDelta[] = [];
    late.on("board:delta", (d) => lateDeltas.push(d));
    const joined = await join(late);
    expect(joined.ok && joined.snapshot.version).toBe(3);
    await burst(1); // version 4, merged with 2 and 3 for everyone who held 1
    await vi.waitFor(() => expect(lateDeltas.at(-1)?.version).toBe(4));
    expect(lateDeltas.map((d) => [d.from ?? d.version - 1, d.version])).toEqual([[3, 4]]);
  });

  it("given a join and a leave sent back to back, when a change follows, then the client is not in the room", async () => {
    await start({ coalesceMs: 0 });
    const socket = connect();
    const deltas: BoardDelta[] = [];
    socket.on("board:delta", (d) => deltas.push(d));
    await new Promise<void>((resolve) => socket.on("connect", () => resolve()));
    socket.emit("board:join", { boardId: "community:c1" }, () => {});
    socket.emit("board:leave", { boardId: "community:c1" });
    // Joins and leaves run in order, so the answer to this later join means both above are done.
    await new Promise((resolve) => socket.emit("board:join", { boardId: "community:none" }, resolve));
    const witness = connect();
    const seen: BoardDelta[] = [];
    witness.on("board:delta", (d) => seen.push(d));
    await join(witness);
    await burst(1);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(deltas).toEqual([]);
  });
});
