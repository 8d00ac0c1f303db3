/**
 * How fast the process split catches up through the SQLite bus on a log much bigger than the demo: the
 * demo seeded once and grown with copies of its places and agreements (see agreement-copies.ts) to
 * `--events` (default 100,000), then the relay and the projector started as their own processes on empty
 * boards. Reports the time until the relay has published the whole log and until the projector's boards
 * hold it, process start included.
 *
 *   node --import tsx test/bench/split-catch-up.bench.ts [--events 100000]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openSqliteEventStore } from "@cobuild/event-store";
import { repoRoot, type ServiceProcess, startServiceProcess } from "../support/server-process.ts";
import { growToAtLeast } from "./agreement-copies.ts";

const { values } = parseArgs({ options: { events: { type: "string", default: "100000" } } });
const target = Number(values.events);

const dir = mkdtempSync(join(tmpdir(), "cobuild-catch-up-bench-"));
const env = { DATA_DIR: dir, TIME_ZONE: "Asia/Shanghai", LOG_LEVEL: "warn" };
const seeded = spawnSync(process.execPath, ["--import", "tsx", "services/standalone/src/seed-main.ts"], {
  cwd: repoRoot,
  env: { ...process.env, ...env },
  stdio: "inherit",
});
if (seeded.status !== 0) throw new Error("demo seed failed");
const store = await openSqliteEventStore({ path: join(dir, "events.sqlite") });
const { copies } = await growToAtLeast(store, target);
const head = await store.headPosition();
await store.close();

const statusOf = async (service: ServiceProcess) =>
  (await (await fetch(`${service.url}/status`)).json()) as { relayed?: number; checkpoint?: number };

const started = performance.now();
const relay = await startServiceProcess("services/relay/src/main.ts", { ...env, LOG_LEVEL: "info" });
const projector = await startServiceProcess("services/projector/src/main.ts", { ...env, LOG_LEVEL: "info" });
let relayedSeconds: number | undefined;
for (;;) {
  if (relayedSeconds === undefined && (await statusOf(relay)).relayed === head)
    relayedSeconds = (performance.now() - started) / 1000;
  if ((await statusOf(projector)).checkpoint === head) break;
  await new Promise((resolve) => setTimeout(resolve, 50));
}
const boardsSeconds = (performance.now() - started) / 1000;
relayedSeconds ??= boardsSeconds;
await Promise.all([relay.stop(), projector.stop()]);
rmSync(dir, { recursive: true, force: true });

const rate = (seconds: number) => Math.round(head / seconds).toLocaleString("en");
console.log(
  `A log of ${head.toLocaleString("en")} events (the demo and ${copies} copies of its street, community, units and agreements), relay and projector started as processes on empty boards, through the SQLite bus:\n`,
);
console.log("| stage | time | events/s |");
console.log("| --- | --- | --- |");
console.log(`| log → bus (relay) | ${relayedSeconds.toFixed(1)} s | ${rate(relayedSeconds)} |`);
console.log(`| log → boards (relay + projector) | ${boardsSeconds.toFixed(1)} s | ${rate(boardsSeconds)} |`);
console.log("\nProcess start is included; both processes share the machine's cores.");
