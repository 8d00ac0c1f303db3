/**
 * Command throughput on one stream, short and long: 10 HTTP connections logging contributions to one
 * agreement of the one-process server, first on an agreement of ~10 events, then on one grown to 10,000
 * events. Prints a markdown section.
 *
 *   node --import tsx test/bench/city/commands.bench.ts [--events 10000] [--seconds 15] [--connections 10]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { growAgreement, openAgreements } from "./agreements.ts";
import { argNumber } from "./args.ts";
import { seedDemo } from "./demo-log.ts";
import { bearer, login } from "./http.ts";
import { logContributions } from "./load.ts";
import { observeStart } from "./observe-start.ts";
import { startServer } from "./server-process.ts";
import { count, ms, now, rate, seconds, table } from "./stats.ts";

const longLength = argNumber("events", 10_000);
const durationMs = argNumber("seconds", 15) * 1000;
const connections = argNumber("connections", 10);

const dir = mkdtempSync(join(tmpdir(), "cobuild-commands-"));
try {
  await seedDemo(dir);
  const [short, long, warmUp] = openAgreements(dir);
  if (!short || !long || !warmUp)
    throw new Error("the demo has fewer than three agreements with an open commitment");
  const grownAt = now();
  await growAgreement(dir, long, longLength);
  const growMs = now() - grownAt;

  const server = startServer(dir);
  const started = await observeStart(server, now() + 15 * 60_000);
  if (!started.url || started.caughtUp === undefined)
    throw new Error("the server did not catch up in 15 min");
  const token = await login(started.url);
  if (!token) throw new Error("the demo admin could not log in");
  const authorization = bearer(token);
  // The agreement's ETag is its stream revision, so revision + 1 events.
  const streamLength = async (agreementId: string) => {
    const res = await fetch(`${started.url}/api/agreements/${agreementId}`, { headers: { authorization } });
    await res.arrayBuffer();
    return Number(JSON.parse(res.headers.get("etag") ?? "-1")) + 1;
  };

  const rows: string[][] = [];
  for (const [label, agreement] of [
    ["short", short],
    ["long", long],
  ] as const) {
    // Warm the path (JIT, statement caches) on a third agreement, so the short stream stays short.
    await logContributions({ ...target(warmUp), durationMs: 1000, idPrefix: `warm-${label}` });
    const before = await streamLength(agreement.agreementId);
    const result = await logContributions({ ...target(agreement), durationMs, idPrefix: `bench-${label}` });
    rows.push([
      `${agreement.agreementId} (${label})`,
      `${count(before)} → ${count(await streamLength(agreement.agreementId))}`,
      rate(result.perSecond),
      ms(result.p50),
      ms(result.p99),
      `${count(result.refused)} / ${count(result.failed)}`,
    ]);
  }
  await server.stop();

  console.log(
    `${connections} HTTP connections, each logging one contribution after another to one agreement for ` +
      `${seconds(durationMs)} (after a 1 s warm-up on a third agreement), against the one-process server in its own process. ` +
      `The long stream was grown to ${count(longLength)} events through the agreement decider and the store ` +
      `in ${seconds(growMs)} before the server started. Load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(", ")}.\n`,
  );
  console.log(
    table(
      ["agreement", "events in the stream (timed run)", "commands/s", "p50", "p99", "refused / failed"],
      rows,
    ),
  );
  console.log(
    "\nRequests still running at the end are waited for (the rate counts that time); failed = no answer within 120 s. " +
      "Compared with: the same stream when short (target: within 20 %); targets ≥ 300 commands/s and p99 ≤ 100 ms on the long stream.",
  );

  function target(agreement: { agreementId: string; commitmentId: string }) {
    return { url: started.url!, authorization, ...agreement, connections };
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
