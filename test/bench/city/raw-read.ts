/** The ceiling a rebuild is compared with: reading the events table in order and parsing each row's JSON. */
import Database from "better-sqlite3";
import type { EventRow } from "./demo-log.ts";

/** Reads every event of the file in position order with JSON.parse of data and meta; events per second. */
export function rawReadRate(path: string): { events: number; ms: number; perSecond: number } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const started = performance.now();
    let events = 0;
    let checksum = 0;
    for (const row of db.prepare<[], EventRow>("SELECT * FROM events ORDER BY position").iterate()) {
      const data = JSON.parse(row.data) as object;
      const meta = JSON.parse(row.meta) as object;
      // Touch the parsed values so the work cannot be skipped.
      checksum += Object.keys(data).length + Object.keys(meta).length;
      events++;
    }
    const ms = performance.now() - started;
    if (checksum === 0 && events > 0) throw new Error("read nothing");
    return { events, ms, perSecond: events / (ms / 1000) };
  } finally {
    db.close();
  }
}
