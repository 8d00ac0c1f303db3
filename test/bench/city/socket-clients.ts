/**
 * The watching browsers, in a process of their own so their work does not slow the server being measured:
 * N Socket.IO clients that record when each message arrives. Driven by the fan-out bench over IPC.
 */
import type { BoardDelta, ClientToServerEvents, ServerToClientEvents } from "@cobuild/boards";
import { io, type Socket } from "socket.io-client";
import type { ChildMessage, ConnectOrder, FanoutResult, ParentMessage, Tick } from "./socket-protocol.ts";
import { now, quantile } from "./stats.ts";

/** The product's realtime contract, plus the bare server's one message. */
type WatchSocket = Socket<ServerToClientEvents & { tick: (tick: Tick) => void }, ClientToServerEvents>;
const CONNECT_AT_ONCE = 50;

const send = (message: ChildMessage) => process.send?.(message);
let sockets: WatchSocket[] = [];
/** Indices of the clients that connected (and joined); only they are scored. */
const connected: number[] = [];
/** arrivals[socket][slot]: first arrival time, NaN until then. */
let arrivals: Float64Array[] = [];
let duplicated = 0;
let delivered = 0;
let resyncs = 0;
let messages = 0;

const arrive = (socket: number, slot: number, at: number) => {
  const row = arrivals[socket];
  if (!row || slot < 0 || slot >= row.length) return;
  if (Number.isNaN(row[slot] ?? 0)) {
    row[slot] = at;
    delivered++;
  } else duplicated++;
};

/** The contribution ids a delta's feed entries carry (each once, however many ops mention it). */
function contributionSlots(delta: BoardDelta, prefix: string): Set<number> {
  const slots = new Set<number>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "contributionId" && typeof value === "string" && value.startsWith(prefix))
          slots.add(Number(value.slice(prefix.length)));
        else walk(value);
      }
    }
  };
  for (const op of delta.ops) if (op.op === "unshift") walk(op.value);
  return slots;
}

async function connectOne(order: ConnectOrder, index: number): Promise<WatchSocket> {
  const socket: WatchSocket = io(order.url, {
    transports: ["websocket"],
    forceNew: true,
    reconnection: false,
    ...(order.token ? { auth: { token: order.token } } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
  if (order.mode === "bare") {
    connected.push(index);
    socket.on("tick", (tick) => {
      messages++;
      arrive(index, tick.seq, now());
    });
    return socket;
  }
  const boardId = order.boardId ?? "";
  const prefix = order.prefix ?? "";
  const join = () =>
    new Promise<void>((resolve, reject) =>
      socket.emit("board:join", { boardId }, (result) =>
        result.ok ? resolve() : reject(new Error(result.error.message)),
      ),
    );
  socket.on("board:delta", (delta) => {
    messages++;
    const at = now();
    for (const slot of contributionSlots(delta, prefix)) arrive(index, slot, at);
  });
  // Deltas were dropped for this client: it takes a fresh snapshot, as the web client does.
  socket.on("board:resync", () => {
    resyncs++;
    void join().catch(() => undefined);
  });
  await join();
  connected.push(index);
  return socket;
}

async function connectAll(order: ConnectOrder) {
  arrivals = Array.from({ length: order.clients }, () => new Float64Array(order.slots).fill(Number.NaN));
  let failed = 0;
  for (let start = 0; start < order.clients; start += CONNECT_AT_ONCE) {
    const batch = Array.from({ length: Math.min(CONNECT_AT_ONCE, order.clients - start) }, (_, i) =>
      connectOne(order, start + i),
    );
    for (const result of await Promise.allSettled(batch)) {
      if (result.status === "fulfilled") sockets.push(result.value);
      else failed++;
    }
  }
  send({ type: "ready", connected: sockets.length, failed });
}

function score(sentAt: readonly (number | null)[]): FanoutResult {
  const latencies: number[] = [];
  let expected = 0;
  for (const index of connected) {
    const row = arrivals[index] ?? new Float64Array(0);
    for (const [slot, sent] of sentAt.entries()) {
      if (sent === null) continue;
      expected++;
      const at = row[slot] ?? Number.NaN;
      if (!Number.isNaN(at)) latencies.push(at - sent);
    }
  }
  latencies.sort((a, b) => a - b);
  return {
    clients: connected.length,
    expected,
    delivered: latencies.length,
    missed: expected - latencies.length,
    duplicated,
    resyncs,
    messages,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1) ?? 0,
  };
}

process.on("message", (message: ParentMessage) => {
  if (message.type === "connect") void connectAll(message);
  else if (message.type === "progress") send({ type: "progress", delivered });
  else {
    send({ type: "result", ...score(message.sentAt) });
    for (const socket of sockets) socket.disconnect();
    sockets = [];
    process.disconnect?.();
  }
});
