/**
 * Runs every benchmark script, each in its own process so one cannot warm or slow another, and writes
 * what they print (markdown) to BENCHMARKS.md with the machine they ran on.
 *
 *   npm run bench                          full sizes (the city log is ~1,000,000 events), writes BENCHMARKS.md
 *   npm run bench -- --quick               small sizes, a few minutes, prints only (BENCHMARKS.md untouched)
 *   npm run bench -- --only city           only the scripts whose path contains "city"
 *   npm run bench -- --city-events 100000  the rebuild bench on a smaller city log
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { argFlag, argValue } from "./city/args.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const quick = argFlag("quick");
const only = argValue("only");
const cityEvents = argValue("city-events");

/** Each script with the arguments of a full run and of a quick one (and, for a quick run, its settings). */
const benches: { script: string; full: string[]; quick: string[]; quickEnv?: Record<string, string> }[] = [
  { script: "packages/event-store/bench/append.bench.ts", full: [], quick: [] },
  { script: "test/bench/board-latency.bench.ts", full: [], quick: [] },
  { script: "test/bench/split-latency.bench.ts", full: [], quick: [] },
  { script: "test/bench/split-catch-up.bench.ts", full: [], quick: ["--events", "10000"] },
  { script: "test/bench/fanout.bench.ts", full: [], quick: [], quickEnv: { CLIENTS: "100", SECONDS: "5" } },
  {
    script: "test/bench/city/rebuild.bench.ts",
    full: cityEvents ? ["--events", cityEvents] : [],
    quick: ["--communities", "2", "--cold-starts", "1", "--timeout-min", "10"],
  },
  { script: "test/bench/city/commands.bench.ts", full: [], quick: ["--events", "1000", "--seconds", "3"] },
  {
    script: "test/bench/city/fanout.bench.ts",
    full: [],
    quick: ["--clients", "100", "--seconds", "5", "--drain-s", "30"],
  },
];

const machine = () =>
  `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(", ");
const loadAtStart = load();

const sections: string[] = [];
for (const { script, full, quick: small, quickEnv } of benches) {
  if (only && !script.includes(only)) continue;
  const args = quick ? small : full;
  console.log(`running ${script} ${args.join(" ")}…`);
  const output = execFileSync(process.execPath, ["--import", "tsx", join(root, script), ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: quick ? { ...process.env, ...quickEnv } : process.env,
  });
  console.log(output);
  sections.push(`## ${script}${args.length ? ` ${args.join(" ")}` : ""}\n\n${output.trim()}\n`);
}

const report =
  `# Benchmarks\n\nProduced by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${machine()}; ` +
  `load average ${loadAtStart} at the start, ${load()} at the end).\n` +
  "Figures vary with the machine and its load; compare runs made on the same machine.\n\n" +
  sections.join("\n");
if (quick || only || cityEvents) {
  // A partial or small run is for checking the benches work; only a full run is recorded.
  console.log(
    `${report}\n(not written to BENCHMARKS.md: --quick, --only and --city-events runs are not recorded)`,
  );
} else {
  writeFileSync(join(root, "BENCHMARKS.md"), report);
  console.log("wrote BENCHMARKS.md");
}
