/**
 * Appends per second for 1, 16 and 64 concurrent writers: single-event appends with an expected revision
 * (as a command handler does), a file-backed temp database, synchronous=FULL as the store configures it;
 * with the writer on the main thread and in a writer thread, and how long the event loop was held up
 * meanwhile (what every request and socket of the process waits for).
 * Run: npx tsx packages/event-store/bench/append.bench.ts
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import Database from "better-sqlite3";
import { type NewEvent, openSqliteEventStore } from "../src/index.ts";

const WRITER_COUNTS = [1, 16, 64] as const;
const WARM_UP_MS = 500;
const MEASURE_MS = 3_000;

interface Row {
  writerThread: boolean;
  writers: number;
  /** Event-loop delay while appending, p99 and max, in ms. */
  loopP99: number;
  loopMax: number;
  appends: number;
  seconds: number;
  commits: number;
}

// About 300 bytes stored, like a typical domain event.
function event(n: number): NewEvent {
  return {
    id: randomUUID(),
    type: "ContributionLogged",
    data: { contributionId: randomUUID(), quantity: n % 17, date: "2026-03-01", note: "bench" },
    meta: { actor: "system:bench", correlationId: randomUUID(), causationId: randomUUID(), schemaVersion: 1 },
  };
}

async function measure(writers: number, writerThread: boolean): Promise<Row> {
  const dir = await mkdtemp(join(tmpdir(), "cobuild-event-store-bench-"));
  const store = await openSqliteEventStore({ path: join(dir, "bench.sqlite"), writerThread });
  const loop = monitorEventLoopDelay({ resolution: 1 });
  try {
    let measuring = false;
    let appends = 0;
    let stopAt = performance.now() + WARM_UP_MS + MEASURE_MS;
    const writer = async () => {
      const streamId = `bench-${randomUUID()}`;
      for (let revision = -1; performance.now() < stopAt; revision++) {
        const expectedRevision = revision < 0 ? "no_stream" : revision;
        await store.appendToStream(streamId, [event(revision)], { expectedRevision });
        if (measuring) appends++;
      }
    };
    const running = Promise.all(Array.from({ length: writers }, writer));
    await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
    measuring = true;
    loop.enable();
    const commitsBefore = store.stats().commits;
    const started = performance.now();
    stopAt = started + MEASURE_MS;
    await running;
    loop.disable();
    const seconds = (performance.now() - started) / 1000;
    return {
      writerThread,
      writers,
      appends,
      seconds,
      commits: store.stats().commits - commitsBefore,
      loopP99: loop.percentile(99) / 1e6,
      loopMax: loop.max / 1e6,
    };
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const rows: Row[] = [];
for (const writerThread of [false, true]) {
  for (const writers of WRITER_COUNTS) rows.push(await measure(writers, writerThread));
}

const memory = new Database(":memory:");
const sqliteVersion = memory.prepare<[], { v: string }>("SELECT sqlite_version() AS v").get()?.v;
memory.close();
console.log(
  `SQLite event store appends, Node ${process.version}, SQLite ${sqliteVersion}, WAL, synchronous=FULL\n`,
);
console.log(
  "| writer | concurrent writers | appends/s | appends per transaction | transactions/s | event-loop delay p99 | max |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const { writerThread, writers, appends, seconds, commits, loopP99, loopMax } of rows) {
  const perCommit = commits === 0 ? 0 : appends / commits;
  console.log(
    `| ${writerThread ? "writer thread" : "main thread"} | ${writers} | ${Math.round(appends / seconds)} | ` +
      `${perCommit.toFixed(1)} | ${Math.round(commits / seconds)} | ${loopP99.toFixed(1)} ms | ${loopMax.toFixed(1)} ms |`,
  );
}
