/**
 * Fan-out of one busy board: 1,000 Socket.IO clients (in a child process, so their work is not the
 * server's) watch one board while it changes 50 times a second for 20 s. Measured for the gateway
 * (merging, one broadcast per room, stall checks, connection-state recovery) and, in the same run, for a
 * bare Socket.IO server emitting the same delta to every client. Prints a markdown table.
 *
 * Run alone: `node --import tsx test/bench/fanout.bench.ts` (options: CLIENTS, RATE, SECONDS).
 */
import { type ChildProcess, fork } from "node:child_process";
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import {
  BOARD_DELTAS_TOPIC,
  type BoardDelta,
  type BoardSnapshot,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from "@cobuild/boards";
import { InProcessBus } from "@cobuild/bus";
import { attachGateway } from "@cobuild/gateway";
import { Server } from "socket.io";
import { io as connect, type Socket } from "socket.io-client";

const CLIENTS = Number(process.env.CLIENTS ?? 1_000);
const RATE = Number(process.env.RATE ?? 50);
const SECONDS = Number(process.env.SECONDS ?? 20);
const BOARD_ID = "community:bench";

type Mode = "gateway" | "bare";
/** What the child reports once the run is over. */
interface Report {
  deliveries: number;
  missed: number;
  duplicated: number;
  messages: number;
  resyncs: number;
  p50: number;
  p99: number;
  max: number;
}
type FromChild = { ready: true } | { report: Report };

/** A change shaped like a logged contribution on the community board: progress, totals, the feed. */
const contributionOps = (seq: number, sentAt: number): BoardDelta["ops"] => [
  { op: "set", path: ["agreements", "ag-7", "commitments", "cm-2", "done"], value: seq },
  { op: "set", path: ["totals"], value: { contributions: 1_000 + seq, participants: 4_000 + seq * 3 } },
  {
    op: "unshift",
    path: ["recentContributions"],
    max: 20,
    value: {
      contributionId: `bench-${seq}`,
      agreementId: "ag-7",
      unitId: "guangming-middle-school",
      unitName: "光明中学",
      commitmentId: "cm-2",
      description: "每月组织教师志愿者到社区开展课后辅导",
      quantity: { amount: 2, unit: "hours" },
      unitOfMeasure: "小时",
      date: "2025-06-15",
      participants: 3,
      note: "四年级数学辅导，三位老师参加",
      loggedAt: new Date(sentAt).toISOString(),
      verification: "pending",
      seq,
      sentAt,
    },
  },
];

const now = () => performance.timeOrigin + performance.now();
const percentile = (sorted: Float64Array, p: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);

/** The child: opens the clients, records each delivery's latency, reports when told the run is over. */
async function runClients(url: string, mode: Mode, clients: number, expected: number) {
  const latencies = new Float64Array(clients * expected);
  let deliveries = 0;
  let duplicated = 0;
  let messages = 0;
  let resyncs = 0;
  const seen: Uint8Array[] = [];
  const record = (client: number, value: unknown) => {
    if (typeof value !== "object" || value === null || !("seq" in value) || !("sentAt" in value)) return;
    const { seq, sentAt } = value;
    if (typeof seq !== "number" || typeof sentAt !== "number") return;
    const got = seen[client];
    if (!got) return;
    if (got[seq]) duplicated++;
    else {
      got[seq] = 1;
      latencies[deliveries++] = now() - sentAt;
    }
  };
  const sockets: Socket<ServerToClientEvents, ClientToServerEvents>[] = [];
  for (let start = 0; start < clients; start += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, clients - start) }, async (_, offset) => {
        const client = start + offset;
        seen[client] = new Uint8Array(expected);
        const socket: Socket<ServerToClientEvents, ClientToServerEvents> = connect(url, {
          transports: ["websocket"],
          forceNew: true,
        });
        sockets.push(socket);
        socket.on("board:delta", (delta) => {
          messages++;
          for (const op of delta.ops) if (op.op === "unshift") record(client, op.value);
        });
        socket.on("board:resync", () => {
          resyncs++;
        });
        if (mode === "gateway") {
          await new Promise((resolve) => socket.emit("board:join", { boardId: BOARD_ID }, resolve));
        } else await new Promise((resolve) => socket.on("connect", () => resolve(undefined)));
      }),
    );
  }
  process.send?.({ ready: true } satisfies FromChild);
  await new Promise<void>((resolve) => process.once("message", () => resolve()));
  // Let the last deliveries land: until everything arrived or nothing has for a second.
  let last = -1;
  while (deliveries < clients * expected && deliveries !== last) {
    last = deliveries;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  for (const socket of sockets) socket.disconnect();
  const sorted = latencies.slice(0, deliveries).sort();
  const report: Report = {
    deliveries,
    missed: clients * expected - deliveries,
    duplicated,
    messages,
    resyncs,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? 0,
  };
  process.send?.({ report } satisfies FromChild);
}

/** The server side of one mode: how to start it and how to send change number `seq`. */
interface Target {
  url: string;
  send(seq: number): Promise<void>;
  close(): Promise<void>;
}

async function listen(http: HttpServer): Promise<string> {
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

async function gatewayTarget(): Promise<Target> {
  const http = createServer();
  const bus = new InProcessBus();
  let board: BoardSnapshot = { boardId: BOARD_ID, version: 0, data: {} };
  const gateway = await attachGateway({
    httpServer: http,
    bus,
    boards: { getBoard: async (id) => (id === BOARD_ID ? board : undefined) },
    access: { authenticate: async () => "bench", mayWatch: async () => "allowed" },
  });
  const url = await listen(http);
  return {
    url,
    send: async (seq) => {
      board = { ...board, version: board.version + 1 };
      const delta: BoardDelta = {
        boardId: BOARD_ID,
        version: board.version,
        ops: contributionOps(seq, now()),
      };
      await bus.publish(BOARD_DELTAS_TOPIC, BOARD_ID, delta);
    },
    close: async () => {
      await gateway.close();
      await bus.close();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

async function bareTarget(): Promise<Target> {
  const http = createServer();
  const io = new Server<ClientToServerEvents, ServerToClientEvents>(http, { serveClient: false });
  const url = await listen(http);
  let version = 0;
  return {
    url,
    send: async (seq) => {
      version++;
      io.emit("board:delta", { boardId: BOARD_ID, version, ops: contributionOps(seq, now()) });
    },
    close: async () => {
      io.close();
    },
  };
}

/** One measured run: clients in a child process, RATE changes a second for SECONDS. */
async function measure(mode: Mode): Promise<Report> {
  const target = mode === "gateway" ? await gatewayTarget() : await bareTarget();
  const expected = RATE * SECONDS;
  const child: ChildProcess = fork(
    fileURLToPath(import.meta.url),
    ["clients", target.url, mode, String(expected)],
    {
      execArgv: ["--import", "tsx"],
    },
  );
  const reply = () =>
    new Promise<FromChild>((resolve, reject) => {
      child.once("message", (message: FromChild) => resolve(message));
      child.once("exit", (code) => reject(new Error(`client process exited with ${code}`)));
    });
  await reply(); // ready
  const start = now();
  for (let seq = 0; seq < expected; seq++) {
    const due = start + (seq * 1_000) / RATE;
    const wait = due - now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await target.send(seq);
  }
  const done = reply();
  child.send("done");
  const message = await done;
  await target.close();
  if (!("report" in message)) throw new Error("client process sent no report");
  return message.report;
}

if (process.argv[2] === "clients") {
  const [, , , url = "", mode = "bare", expected = "0"] = process.argv;
  await runClients(url, mode === "gateway" ? "gateway" : "bare", CLIENTS, Number(expected));
  process.exit(0);
} else {
  const rows: string[] = [];
  for (const [mode, label] of [
    ["bare", "bare Socket.IO 4.8, `io.emit` per change"],
    ["gateway", "gateway (`attachGateway`, 50 ms merge window)"],
  ] as const) {
    const r = await measure(mode);
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    rows.push(
      `| ${label} | ${r.deliveries} of ${r.deliveries + r.missed} | ${r.missed} | ${r.duplicated} | ${r.messages} | ${r.resyncs} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} |`,
    );
  }
  console.log(
    `${CLIENTS} Socket.IO clients (websocket, in a child process) watching one board that changes ${RATE} times a second for ${SECONDS} s; each change is shaped like a logged contribution on the community board. Latency from the change's publication to its arrival at each client.\n`,
  );
  console.log(
    [
      "| server | deliveries | missed | duplicated | messages | resyncs | p50 | p99 | max |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
      ...rows,
    ].join("\n"),
  );
  process.exit(0);
}
