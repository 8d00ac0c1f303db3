/**
 * The same measurement on the process split: api, relay, projector and gateway as four OS processes on one
 * data directory (SQLite log, SQLite bus), as the distributed topology runs them without KurrentDB and
 * Kafka. A change travels api → log → relay → bus → projector → boards file and bus → gateway → socket.
 * Also how fast the split catches up on the seeded demo log from empty boards.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteEventStore } from "@cobuild/event-store";
import { repoRoot, type ServiceProcess, startServiceProcess } from "../support/server-process.ts";
import { measureBoardLatency } from "./latency-probe.ts";

const CLIENTS = 200;
const CONTRIBUTIONS = 200;

const dir = mkdtempSync(join(tmpdir(), "cobuild-split-bench-"));
const env = { DATA_DIR: dir, TIME_ZONE: "Asia/Shanghai", LOG_LEVEL: "warn" };
const seeded = spawnSync(process.execPath, ["--import", "tsx", "services/standalone/src/seed-main.ts"], {
  cwd: repoRoot,
  env: { ...process.env, ...env },
  stdio: "inherit",
});
if (seeded.status !== 0) throw new Error("demo seed failed");
const store = await openSqliteEventStore({ path: join(dir, "events.sqlite") });
const head = await store.headPosition();
const events = (await store.readAll()).length;
await store.close();

const started = performance.now();
const services: ServiceProcess[] = [];
for (const name of ["relay", "projector", "gateway", "api"]) {
  services.push(await startServiceProcess(`services/${name}/src/main.ts`, { ...env, LOG_LEVEL: "info" }));
}
const [, projector, gateway, api] = services;
if (!projector || !gateway || !api) throw new Error("a service did not start");
for (;;) {
  const { checkpoint } = (await (await fetch(`${projector.url}/status`)).json()) as { checkpoint: number };
  if (checkpoint === head) break;
  await new Promise((r) => setTimeout(r, 100));
}
const catchUpSeconds = (performance.now() - started) / 1000;

const table = await measureBoardLatency({
  apiUrl: api.url,
  socketUrl: gateway.url,
  clients: CLIENTS,
  contributions: CONTRIBUTIONS,
});
await Promise.all(services.map((service) => service.stop()));
rmSync(dir, { recursive: true, force: true });

console.log(
  `Catch-up: from starting the four processes on empty boards to the projector holding all ${events} demo events: ${catchUpSeconds.toFixed(1)} s (${Math.round(events / catchUpSeconds)} events/s, process start included).\n`,
);
console.log(
  `${CLIENTS} socket clients on the gateway process, ${CONTRIBUTIONS} contributions logged one at a time to the api process. Latency from sending the POST to the delta arriving at a client; the SQLite bus is polled every 20 ms.\n`,
);
console.log(table);
