/**
 * How long from a liaison's POST until every watching browser has the change, in the one-process server.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, startStandalone } from "@cobuild/standalone";
import pino from "pino";
import { measureBoardLatency } from "./latency-probe.ts";

const CLIENTS = 200;
const CONTRIBUTIONS = 200;

const dir = mkdtempSync(join(tmpdir(), "cobuild-bench-"));
const config = loadConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dir, SEED_DEMO: "true", WEB_DIST: dir });
const server = await startStandalone(config, pino({ level: "silent" }));
await server.ready();
const table = await measureBoardLatency({
  apiUrl: server.url,
  socketUrl: server.url,
  clients: CLIENTS,
  contributions: CONTRIBUTIONS,
});
await server.close();
rmSync(dir, { recursive: true, force: true });

console.log(
  `${CLIENTS} socket clients watching the board, ${CONTRIBUTIONS} contributions logged one at a time over HTTP.`,
);
console.log(
  "Latency from sending the POST to the delta arriving at a client. Embedded mode; the clients run in the same Node process as the server, so their own work is included.\n",
);
console.log(table);
