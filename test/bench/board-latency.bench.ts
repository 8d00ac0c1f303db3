/**
 * How long from a liaison's POST until every watching browser has the change: N socket clients watch the
 * Guangming board while contributions are logged one after another over HTTP; for each, the time from
 * sending the request until the delta reaches each client.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BoardDelta, ClientToServerEvents, ServerToClientEvents } from "@cobuild/boards";
import { loadConfig, startStandalone } from "@cobuild/standalone";
import pino from "pino";
import { io, type Socket } from "socket.io-client";

const CLIENTS = 200;
const CONTRIBUTIONS = 200;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

const dir = mkdtempSync(join(tmpdir(), "cobuild-bench-"));
const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dir, SEED_DEMO: "true", WEB_DIST: dir });
const server = await startStandalone(config, pino({ level: "silent" }));
// The demo's street admin; sockets and the API take the same session.
const { token } = await (
  await fetch(`${server.url}/api/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: "admin", password: "cobuild-demo" }),
  })
).json();
const authorization = `Bearer ${token}`;
const board = await (
  await fetch(`${server.url}/api/boards/community:guangming`, { headers: { authorization } })
).json();
type Agreement = {
  agreementId: string;
  status: string;
  commitments: Record<string, { commitmentId: string; fulfilledOn: string | null }>;
};
// A running agreement and one of its commitments still open (a struck-off one takes no more work).
const agreement = Object.values(board.data.agreements as Record<string, Agreement>).find(
  (a) => a.status === "signed" && Object.values(a.commitments).some((c) => !c.fulfilledOn),
);
const commitment = Object.values(agreement?.commitments ?? {}).find((c) => !c.fulfilledOn);
if (!agreement || !commitment) throw new Error("demo has no signed agreement with an open commitment");

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
const sentAt = new Map<string, number>();
const latencies: number[] = [];
const sockets: ClientSocket[] = [];
/** Delta messages received by all clients: fewer than deliveries when bursts were merged. */
let messages = 0;
for (let i = 0; i < CLIENTS; i++) {
  const socket: ClientSocket = io(server.url, { transports: ["websocket"], forceNew: true, auth: { token } });
  await new Promise<void>((resolve) =>
    socket.emit("board:join", { boardId: "community:guangming" }, () => resolve()),
  );
  socket.on("board:delta", (delta: BoardDelta) => {
    messages++;
    for (const op of delta.ops) {
      if (op.op !== "unshift") continue;
      const id = (op.value as { contributionId: string }).contributionId;
      const start = sentAt.get(id);
      if (start !== undefined) latencies.push(performance.now() - start);
    }
  });
  sockets.push(socket);
}

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
for (let i = 0; i < CONTRIBUTIONS; i++) {
  const contributionId = `bench-${i}`;
  sentAt.set(contributionId, performance.now());
  const res = await fetch(`${server.url}/api/agreements/${agreement.agreementId}/contributions`, {
    method: "POST",
    headers: { "Content-Type": "application/json", authorization },
    body: JSON.stringify({ contributionId, commitmentId: commitment.commitmentId, quantity: 1, date: today }),
  });
  if (res.status !== 201) throw new Error(`contribution refused: ${res.status} ${await res.text()}`);
}
const deadline = Date.now() + 10_000;
while (latencies.length < CLIENTS * CONTRIBUTIONS && Date.now() < deadline)
  await new Promise((r) => setTimeout(r, 50));

for (const s of sockets) s.disconnect();
await server.close();
rmSync(dir, { recursive: true, force: true });

const sorted = [...latencies].sort((a, b) => a - b);
const ms = (n: number) => `${n.toFixed(1)} ms`;
console.log(
  `${CLIENTS} socket clients watching the board, ${CONTRIBUTIONS} contributions logged one at a time over HTTP.`,
);
console.log(
  "Latency from sending the POST to the delta arriving at a client. Embedded mode; the clients run in the same Node process as the server, so their own work is included.\n",
);
console.log("| deliveries | messages | p50 | p95 | p99 | max |");
console.log("| --- | --- | --- | --- | --- | --- |");
console.log(
  `| ${latencies.length} of ${CLIENTS * CONTRIBUTIONS} | ${messages} | ${ms(percentile(sorted, 0.5))} | ${ms(percentile(sorted, 0.95))} | ${ms(percentile(sorted, 0.99))} | ${ms(sorted.at(-1) ?? 0)} |`,
);
