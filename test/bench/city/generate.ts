/**
 * A city-scale event log: the Guangming demo, seeded once through the real commands, copied for N
 * communities (ids rewritten per copy, ~12 communities per street) and interleaved in blocks of 100
 * events, the way a city's year mixes its communities in one log. Written straight into an events file
 * with the store's own schema; cached under the system temp folder by N and the demo's fingerprint.
 *
 *   node --import tsx test/bench/city/generate.ts --communities 358 [--out <dir>]
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openSqliteEventStore } from "@cobuild/event-store";
import Database from "better-sqlite3";
import { argNumber, argValue } from "./args.ts";
import { CopyChecker, checkLog } from "./check.ts";
import { demoHash, eventsFile, readRows, seedDemo } from "./demo-log.ts";
import { buildTemplates, COMMUNITIES_PER_STREET, placeOf, render } from "./rewrite.ts";

/** How many consecutive events of one community sit together before the next community's turn. */
const BLOCK = 100;
const ROWS_PER_TRANSACTION = 50_000;

/** A generated log and what it holds. */
export interface CityLog {
  /** The events file (the store's schema), to be copied into a data directory. */
  path: string;
  events: number;
  communities: number;
  streets: number;
  demoEvents: number;
  /** How long writing it took; absent when an earlier run's file was reused. */
  generatedMs?: number;
}

/** Communities needed for roughly `events` events. */
export const communitiesFor = (events: number, demoEvents: number): number =>
  Math.max(1, Math.round(events / demoEvents));

/** The demo's events, seeded fresh into a temp directory that is removed again. */
export async function demoRows() {
  const dir = mkdtempSync(join(tmpdir(), "cobuild-demo-"));
  try {
    await seedDemo(dir);
    return readRows(eventsFile(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The city log for `communities` copies of the demo: reused from the cache when present, else written. */
export async function cityLog(
  communities: number,
  rows?: Awaited<ReturnType<typeof demoRows>>,
): Promise<CityLog> {
  const demo = rows ?? (await demoRows());
  const dir = join(tmpdir(), "cobuild-city", `${communities}-${demoHash(demo)}`);
  const manifest = join(dir, "manifest.json");
  if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, "utf8")) as CityLog;

  // Written beside the cache and renamed into place, so an interrupted run never leaves a half log there.
  mkdirSync(join(tmpdir(), "cobuild-city"), { recursive: true });
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial);
  try {
    const started = performance.now();
    const events = await writeCity(eventsFile(partial), communities, buildTemplates(demo));
    const log: CityLog = {
      path: eventsFile(dir),
      events,
      communities,
      streets: Math.ceil(communities / COMMUNITIES_PER_STREET),
      demoEvents: demo.length,
      generatedMs: Math.round(performance.now() - started),
    };
    writeFileSync(join(partial, "manifest.json"), JSON.stringify({ ...log, generatedMs: undefined }));
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
    return log;
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/** Writes every copy, interleaved, with gap-free positions; checks the copies as they go and the file after. */
async function writeCity(
  path: string,
  communities: number,
  { templates, originals }: ReturnType<typeof buildTemplates>,
): Promise<number> {
  // The store creates the file, so its schema (and user_version) is exactly the product's.
  await (await openSqliteEventStore({ path })).close();
  const db = new Database(path);
  // A generated file can be written again from scratch, so it need not survive a power cut mid-write.
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");
  const insert = db.prepare(
    "INSERT INTO events (position, id, stream_id, revision, type, data, meta, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const checker = new CopyChecker(originals);
  const firstOfStreet = templates;
  const others = templates.filter((t) => !t.streetOnly);
  const copies = Array.from({ length: communities }, (_, copy) => ({
    place: placeOf(copy),
    events: copy % COMMUNITIES_PER_STREET === 0 ? firstOfStreet : others,
  }));
  let position = 0;
  // A turn is one block of one copy: `BLOCK` events of it from `from` on.
  const writeTurns = db.transaction((turns: { copy: number; from: number }[]) => {
    for (const { copy, from } of turns) {
      const { place, events } = copies[copy]!;
      for (const [offset, t] of events.slice(from, from + BLOCK).entries()) {
        const streamId = render(t.stream, place, false);
        const data = render(t.data, place, true);
        const meta = render(t.meta, place, true);
        checker.check(place, streamId, data, meta);
        position++;
        insert.run(
          position,
          eventId(copy, from + offset),
          streamId,
          t.revision,
          t.type,
          data,
          meta,
          t.occurredAt,
        );
      }
    }
  });
  let turns: { copy: number; from: number }[] = [];
  for (let from = 0; from < firstOfStreet.length; from += BLOCK) {
    for (let copy = 0; copy < communities; copy++) {
      turns.push({ copy, from });
      if (turns.length * BLOCK >= ROWS_PER_TRANSACTION) {
        writeTurns(turns);
        turns = [];
      }
    }
  }
  writeTurns(turns);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  checkLog(path, position);
  return position;
}

/** A fresh event id per copy and index, deterministic so a regenerated log is the same file. */
const eventId = (copy: number, index: number): string =>
  `${copy.toString(16).padStart(8, "0")}-c17e-8000-8000-${index.toString(16).padStart(12, "0")}`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const communities = argNumber("communities", 358);
  const out = argValue("out");
  const log = await cityLog(communities);
  const took =
    log.generatedMs === undefined
      ? "reused from the cache"
      : `written in ${(log.generatedMs / 1000).toFixed(1)} s`;
  console.log(
    `${log.events} events, ${log.communities} communities on ${log.streets} street(s) (demo: ${log.demoEvents} events), ${took}: ${log.path}`,
  );
  if (out) {
    mkdirSync(out, { recursive: true });
    copyFileSync(log.path, eventsFile(out));
    console.log(`copied to ${eventsFile(out)}`);
  }
}
