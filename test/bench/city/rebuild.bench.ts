/**
 * A city's log and the one-process server: the raw read ceiling, a rebuild from no boards at all, and cold
 * starts with the boards built. Prints a markdown section.
 *
 *   node --import tsx test/bench/city/rebuild.bench.ts [--events 100000 | --communities N] [--timeout-min 40]
 *     [--cold-starts 3]
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { argNumber } from "./args.ts";
import { eventsFile } from "./demo-log.ts";
import { cityLog, communitiesFor, demoRows } from "./generate.ts";
import { FIRST_BOARD, observeStart, type StartTimes } from "./observe-start.ts";
import { rawReadRate } from "./raw-read.ts";
import { startServer } from "./server-process.ts";
import { count, mib, now, seconds, table } from "./stats.ts";

const rows = await demoRows();
const communities = argNumber("communities", communitiesFor(argNumber("events", 1_000_000), rows.length));
const timeoutMs = argNumber("timeout-min", 40) * 60_000;
const coldStarts = argNumber("cold-starts", 3);
const log = await cityLog(communities, rows);
const dir = mkdtempSync(join(tmpdir(), "cobuild-city-run-"));
try {
  copyFileSync(log.path, eventsFile(dir));
  const raw = rawReadRate(eventsFile(dir));

  const server = startServer(dir);
  const rebuild = await observeStart(server, server.spawnedAt + timeoutMs);
  const peakRss = server.peakRss();
  await server.stop();

  const cold: StartTimes[] = [];
  for (let i = 0; i < coldStarts && rebuild.caughtUp !== undefined; i++) {
    const again = startServer(dir);
    cold.push(await observeStart(again, now() + 120_000));
    await again.stop();
  }
  print(raw, rebuild, peakRss, cold);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function print(
  raw: ReturnType<typeof rawReadRate>,
  rebuild: StartTimes,
  peakRss: number,
  cold: StartTimes[],
) {
  const generated =
    log.generatedMs === undefined ? "reused from an earlier run" : `generated in ${seconds(log.generatedMs)}`;
  console.log(
    `City log: ${count(log.events)} events, ${log.communities} communities on ${log.streets} street${log.streets === 1 ? "" : "s"} ` +
      `(the Guangming demo's ${count(log.demoEvents)} events seeded through the real commands, copied per ` +
      `community with every id rewritten, interleaved in blocks of 100); ${generated}.\n`,
  );
  const at = (ms: number | undefined) =>
    ms === undefined ? `not within ${seconds(timeoutMs)}` : seconds(ms);
  const rate = rebuild.caughtUp === undefined ? 0 : log.events / (rebuild.caughtUp / 1000);
  const readyz = rebuild.readyzServed
    ? "/readyz answered 200"
    : "no /readyz (404): the server listens only once caught up, so caught up = first /healthz";
  console.log(
    table(
      ["measure", "figure", "compared with"],
      [
        [
          "raw read: better-sqlite3 in position order + JSON.parse, one process",
          `${count(raw.perSecond)} events/s`,
          "the ceiling",
        ],
        [
          "rebuild: server started on the log with no boards file, until caught up",
          `${at(rebuild.caughtUp)} (${count(rate)} events/s)`,
          `${((rate / raw.perSecond) * 100).toFixed(2)} % of the raw read; target ≥ 50,000 events/s`,
        ],
        ["rebuild: server logs that it listens", at(rebuild.listening), ""],
        ["rebuild: first /healthz answer", at(rebuild.healthz), "target ≤ 1 s"],
        [`rebuild: first served board (${FIRST_BOARD}, as admin)`, at(rebuild.board), ""],
        ["rebuild: how caught up was seen", readyz, ""],
        ["rebuild: peak RSS of the server (VmHWM)", mib(peakRss), "target ≤ 400 MiB"],
        [
          `cold start with boards built (${cold.length} run${cold.length === 1 ? "" : "s"}): first /healthz`,
          cold.map((c) => at(c.healthz)).join(", "),
          "",
        ],
        [
          `cold start with boards built: first served board (login included)`,
          cold.map((c) => at(c.board)).join(", "),
          "target ≤ 1 s",
        ],
      ],
    ),
  );
  console.log(
    "\nTimes are from spawning `node services/standalone/dist/main.mjs` (the compiled server `npm start` runs); " +
      "the raw read runs in this bench's process on the same file just before.",
  );
}
