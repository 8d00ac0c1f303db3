/**
 * POST-to-delta with many watching sockets: 1,000 Socket.IO clients (in a process of their own) watch the
 * demo's community board while contributions are POSTed at 50/s for 30 s; the same clients, in the same
 * run, watch a bare Socket.IO server broadcasting ~1 KB at the same rate. Prints a markdown section.
 *
 *   node --import tsx test/bench/city/fanout.bench.ts [--clients 1000] [--rate 50] [--seconds 30] [--drain-s 300]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { openAgreements, today } from "./agreements.ts";
import { argNumber } from "./args.ts";
import { startBareServer } from "./bare-server.ts";
import { ClientsProcess } from "./clients-process.ts";
import { seedDemo } from "./demo-log.ts";
import { bearer, login } from "./http.ts";
import { FIRST_BOARD, observeStart } from "./observe-start.ts";
import { startServer } from "./server-process.ts";
import type { FanoutResult } from "./socket-protocol.ts";
import { count, ms, now, quantile, table } from "./stats.ts";

const clients = argNumber("clients", 1000);
const rate = argNumber("rate", 50);
const durationS = argNumber("seconds", 30);
const drainMs = argNumber("drain-s", 300) * 1000;
const slots = rate * durationS;

/** Calls `fire(i)` for i = 0..slots-1 at `rate` per second on a fixed schedule, whatever the answers. */
async function openLoop(fire: (i: number) => void): Promise<void> {
  const start = now();
  for (let i = 0; i < slots; i++) {
    const wait = start + (i * 1000) / rate - now();
    if (wait > 0) await sleep(wait);
    fire(i);
  }
}

/** Waits until every delivery arrived, nothing arrived for 20 s, or the drain time is up. */
async function drain(watchers: ClientsProcess, expected: number): Promise<void> {
  const end = now() + drainMs;
  let last = -1;
  let lastChange = now();
  while (now() < end && now() - lastChange < 20_000) {
    const delivered = await watchers.delivered();
    if (delivered >= expected) return;
    if (delivered !== last) {
      last = delivered;
      lastChange = now();
    }
    await sleep(250);
  }
}

async function bare(): Promise<FanoutResult> {
  const server = await startBareServer();
  const watchers = new ClientsProcess();
  try {
    await watchers.connect({ mode: "bare", url: server.url, clients, slots });
    const sentAt: (number | null)[] = Array.from({ length: slots }, () => null);
    await openLoop((i) => {
      sentAt[i] = now();
      server.broadcast(i);
    });
    await drain(watchers, clients * slots);
    return await watchers.finish(sentAt);
  } finally {
    await server.close();
  }
}

async function product(): Promise<FanoutResult & { postP99: number; accepted: number }> {
  const dir = mkdtempSync(join(tmpdir(), "cobuild-fanout-"));
  const server = { stop: async () => {} };
  try {
    await seedDemo(dir);
    const [agreement] = openAgreements(dir);
    if (!agreement) throw new Error("the demo has no agreement with an open commitment");
    const running = startServer(dir);
    server.stop = running.stop;
    const started = await observeStart(running, now() + 10 * 60_000);
    const token = started.url ? await login(started.url) : undefined;
    if (!started.url || !token)
      throw new Error("the server did not start, or the demo admin could not log in");
    const watchers = new ClientsProcess();
    const prefix = `fanout-${Date.now()}-`;
    await watchers.connect({
      mode: "board",
      url: started.url,
      clients,
      slots,
      token,
      boardId: FIRST_BOARD,
      prefix,
    });
    const sentAt: (number | null)[] = Array.from({ length: slots }, () => null);
    const posts: Promise<void>[] = [];
    const postLatencies: number[] = [];
    const date = today();
    await openLoop((i) => {
      const sent = now();
      sentAt[i] = sent;
      posts.push(
        fetch(`${started.url}/api/agreements/${agreement.agreementId}/contributions`, {
          method: "POST",
          headers: { "Content-Type": "application/json", authorization: bearer(token) },
          body: JSON.stringify({
            contributionId: `${prefix}${i}`,
            commitmentId: agreement.commitmentId,
            quantity: 1,
            date,
          }),
        }).then(
          async (res) => {
            await res.arrayBuffer();
            if (res.status === 201) postLatencies.push(now() - sent);
            else sentAt[i] = null;
          },
          () => {
            sentAt[i] = null;
          },
        ),
      );
    });
    await Promise.all(posts);
    const accepted = sentAt.filter((s) => s !== null).length;
    await drain(watchers, clients * accepted);
    const result = await watchers.finish(sentAt);
    postLatencies.sort((a, b) => a - b);
    return { ...result, postP99: quantile(postLatencies, 0.99), accepted };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const ceiling = await bare();
const measured = await product();
const row = (name: string, r: FanoutResult, sent: string) => [
  name,
  `${r.clients}`,
  sent,
  `${count(r.delivered)} of ${count(r.expected)}`,
  count(r.missed),
  count(r.duplicated),
  `${count(r.messages)}${r.resyncs ? ` (${r.resyncs} resyncs)` : ""}`,
  ms(r.p50),
  ms(r.p99),
  ms(r.max),
];
console.log(
  `${clients} Socket.IO clients (websocket transport) in a separate process; ${rate} messages/s for ${durationS} s; ` +
    `deliveries still missing ${Math.round(drainMs / 1000)} s after the last send (or after 20 s without progress) count as missed. ` +
    `Latency from the send (the POST leaving the bench, or the bare server's emit) to arrival at each client. ` +
    `Load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")}.\n`,
);
console.log(
  table(
    ["server", "clients", "sent", "deliveries", "missed", "duplicated", "messages", "p50", "p99", "max"],
    [
      row("bare Socket.IO 4.8, ~1 KB broadcast to one room (the ceiling)", ceiling, count(slots)),
      row(
        `cobuild one-process server, ${FIRST_BOARD}, contributions POSTed to one agreement`,
        measured,
        `${count(measured.accepted)} of ${count(slots)} POSTs accepted (their p99 ${ms(measured.postP99)})`,
      ),
    ],
  ),
);
console.log(
  `\nTarget: the server's p99 ≤ 3 × the bare p99 of this run (${ms(3 * ceiling.p99)}), nothing missed or duplicated.`,
);
