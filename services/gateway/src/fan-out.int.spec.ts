import { createServer, type Server } from "node:http";
import {
  type AddressInfo,
  connect,
  createServer as createTcpServer,
  type Socket as TcpSocket,
} from "node:net";
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
import { afterEach, describe, expect, it, vi } from "vitest";
import { attachGateway, type RunningGateway } from "./gateway.ts";

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Board = BoardSnapshot<Record<string, unknown>>;

/**
 * A TCP relay in front of the gateway for one client, whose gateway-to-client direction can be
 * stopped: the gateway's writes then back up in the kernel as they would for a stalled phone.
 */
async function stallableRelay(targetPort: number) {
  const pairs: { upstream: TcpSocket; downstream: TcpSocket }[] = [];
  const server = createTcpServer((downstream) => {
    const upstream = connect(targetPort, "127.0.0.1");
    downstream.pipe(upstream);
    upstream.pipe(downstream);
    for (const end of [upstream, downstream]) {
      end.on("error", () => {});
      end.on("close", () => {
        upstream.destroy();
        downstream.destroy();
      });
    }
    pairs.push({ upstream, downstream });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stall: () => {
      for (const { upstream, downstream } of pairs) {
        upstream.unpipe(downstream);
        upstream.pause();
      }
    },
    resume: () => {
      for (const { upstream, downstream } of pairs) upstream.pipe(downstream);
    },
    close: () => {
      for (const { upstream } of pairs) upstream.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Whether the deltas chain from version 0 to `last` with no gap, overlap or step back. */
const chainsTo = (deltas: readonly BoardDelta[], last: number) => {
  let at = 0;
  for (const delta of deltas) {
    if ((delta.from ?? delta.version - 1) !== at) return false;
    at = delta.version;
  }
  return at === last;
};

/**
 * Fan-out to many sockets at once: one broadcast per room, a few per late-joining group, and a stalled
 * client set aside without holding up the rest. Real sockets; boards held in memory stand in for the
 * projector's store.
 */
describe("the gateway's fan-out to a crowded room", () => {
  let http: Server;
  let bus: InProcessBus;
  let gateway: RunningGateway;
  let url: string;
  const boards = new Map<string, Board>();
  const clients: ClientSocket[] = [];
  const closers: (() => Promise<unknown>)[] = [];

  const start = async (options: { coalesceMs: number; stallMs: number }) => {
    http = createServer();
    bus = new InProcessBus();
    boards.clear();
    for (const boardId of ["community:c1", "community:bulk"])
      boards.set(boardId, { boardId, version: 0, data: {} });
    gateway = await attachGateway({
      httpServer: http,
      bus,
      boards: { getBoard: async (id) => boards.get(id) },
      access: { authenticate: async () => "viewer", mayWatch: async () => "allowed" },
      ...options,
    });
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  };
  /** Moves a board on by `n` versions, each change setting `value`, and publishes each change. */
  const change = async (boardId: string, n: number, value: unknown = 1) => {
    for (let i = 0; i < n; i++) {
      const board = boards.get(boardId);
      if (!board) throw new Error(`no board ${boardId}`);
      const version = board.version + 1;
      boards.set(boardId, { ...board, version, data: { ...board.data, last: value } });
      const delta: BoardDelta = { boardId, version, ops: [{ op: "set", path: ["last"], value }] };
      await bus.publish(BOARD_DELTAS_TOPIC, boardId, delta);
    }
  };
  /** A connected client watching `boardIds`, with every delta it receives per board. */
  const watcher = async (boardIds: string[], via = url) => {
    const socket: ClientSocket = io(via, { transports: ["websocket"], forceNew: true });
    clients.push(socket);
    const deltas = new Map<string, BoardDelta[]>(boardIds.map((id) => [id, []]));
    const resyncs: string[] = [];
    socket.on("board:delta", (delta) => deltas.get(delta.boardId)?.push(delta));
    socket.on("board:resync", ({ boardId }) => resyncs.push(boardId));
    for (const boardId of boardIds) {
      const joined = await new Promise<JoinResult>((resolve) =>
        socket.emit("board:join", { boardId }, resolve),
      );
      expect(joined.ok).toBe(true);
    }
    return { socket, deltas: (boardId = "community:c1") => deltas.get(boardId) ?? [], resyncs };
  };
  /** `n` clients watching community:c1, joined all at once so a merge window outlasts their joins. */
  const watchers = (n: number) => Promise.all(Array.from({ length: n }, () => watcher(["community:c1"])));

  afterEach(async () => {
    for (const client of clients) client.disconnect();
    clients.length = 0;
    for (const close of closers.splice(0)) await close();
    await gateway.close();
    await bus.close();
    await new Promise((resolve) => http.close(resolve));
  });

  it("given clients that joined at two versions inside a merge window, when it closes, then the change is encoded once for the room and once per group, and each client's chain has no gap", async () => {
    await start({ coalesceMs: 1_000, stallMs: 60_000 });
    const early = await watchers(40);
    await change("community:c1", 1); // sent at once: the window opens
    await change("community:c1", 2); // held back, to be merged
    const atThree = await watchers(20);
    await change("community:c1", 1);
    const atFour = await watchers(20);
    const broadcast = vi.spyOn(gateway.io.of("/").adapter, "broadcast");
    await change("community:c1", 1); // version 5; the window then closes on 2..5

    // The window closes a second after version 1 went out, which is about when vi.waitFor's default second
    // would run out: wait for the delivery itself, however busy the machine.
    await vi.waitFor(
      () =>
        expect([...early, ...atThree, ...atFour].every((w) => w.deltas().at(-1)?.version === 5)).toBe(true),
      { timeout: 10_000 },
    );
    const deltaBroadcasts = broadcast.mock.calls.filter(([packet]) => packet.data[0] === "board:delta");
    expect(deltaBroadcasts).toHaveLength(3);
    expect(early.filter((w) => !chainsTo(w.deltas(), 5))).toEqual([]);
    for (const [group, snapshot] of [
      [atThree, 3],
      [atFour, 4],
    ] as const) {
      expect(group.map((w) => w.deltas().map((d) => [d.from ?? d.version - 1, d.version]))).toEqual(
        group.map(() => [[snapshot, 5]]),
      );
    }
  });

  it("given 300 clients and one whose connection stalls, when 100 changes come in rounds, then every other client gets each change once and in order while the stalled one is told to resync", async () => {
    await start({ coalesceMs: 50, stallMs: 100 });
    const fast = await watchers(300);
    const relay = await stallableRelay(Number(new URL(url).port));
    closers.push(relay.close);
    const slow = await watcher(["community:c1", "community:bulk"], relay.url);
    let resyncsSent = 0;
    gateway.io.sockets.sockets.get(slow.socket.id ?? "")?.onAnyOutgoing((event: string) => {
      if (event === "board:resync") resyncsSent++;
    });

    // The stalled client stops reading while a board only it watches sends far more than the kernel
    // buffers between them hold, so the gateway's writes to it back up.
    relay.stall();
    for (let i = 0; i < 40; i++) await change("community:bulk", 1, "x".repeat(512 * 1024));
    for (let round = 1; round <= 20; round++) {
      await change("community:c1", 5);
      await vi.waitFor(() => expect(fast.every((w) => w.deltas().at(-1)?.version === round * 5)).toBe(true));
    }
    await vi.waitFor(() => expect(resyncsSent).toBeGreaterThan(0));

    expect(fast.filter((w) => !chainsTo(w.deltas(), 100) || w.resyncs.length > 0)).toEqual([]);
    relay.resume();
    await vi.waitFor(() => expect(slow.resyncs).toContain("community:c1"));
    // What it did get before being set aside is still a chain without gaps or repeats.
    const got = slow.deltas();
    expect(chainsTo(got, got.at(-1)?.version ?? 0)).toBe(true);
    const again = await new Promise<JoinResult>((resolve) =>
      slow.socket.emit("board:join", { boardId: "community:c1" }, resolve),
    );
    expect(again.ok && again.snapshot.version).toBe(100);
  });
});
