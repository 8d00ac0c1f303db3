/**
 * Runs every benchmark script, each in its own process so one cannot warm or slow another, and writes
 * what they print (markdown) to BENCHMARKS.md with the machine they ran on.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const benches = [
  "packages/event-store/bench/append.bench.ts",
  "test/bench/board-latency.bench.ts",
  "test/bench/split-latency.bench.ts",
  "test/bench/split-catch-up.bench.ts",
];

const sections: string[] = [];
for (const bench of benches) {
  console.log(`running ${bench} …`);
  const output = execFileSync(process.execPath, ["--import", "tsx", join(root, bench)], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  console.log(output);
  sections.push(`## ${bench}\n\n${output.trim()}\n`);
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
writeFileSync(
  join(root, "BENCHMARKS.md"),
  `# Benchmarks\n\nProduced by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${machine}).\n` +
    "Figures vary with the machine and its load; compare runs made on the same machine.\n\n" +
    sections.join("\n"),
);
console.log("wrote BENCHMARKS.md");
