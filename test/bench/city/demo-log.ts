/**
 * The Guangming demo as the product writes it: seeded through the real commands by the one-process
 * server, then read back row by row as the city generator's template.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { EventRow } from "@cobuild/event-store";
import { loadConfig, startStandalone } from "@cobuild/standalone";
import Database from "better-sqlite3";
import pino from "pino";

export type { EventRow } from "@cobuild/event-store";

/** The log's file inside a data directory. */
export const eventsFile = (dataDir: string): string => join(dataDir, "events.sqlite");

/** Starts the one-process server on an empty directory with SEED_DEMO on, and stops it once seeded. */
export async function seedDemo(dataDir: string): Promise<void> {
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    SEED_DEMO: "true",
    WEB_DIST: dataDir,
    LOG_LEVEL: "silent",
  });
  const server = await startStandalone(config, pino({ level: "silent" }));
  await server.ready();
  await server.close();
}

/** Every event of a log file in position order. */
export function readRows(path: string): EventRow[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], EventRow>("SELECT * FROM events ORDER BY position").all();
  } finally {
    db.close();
  }
}

/**
 * A fingerprint of what the demo says, not of when it was seeded: event ids, timestamps and password
 * salts differ on every seeding, so they are left out; dates relative to today are in.
 */
export function demoHash(rows: readonly EventRow[]): string {
  const hash = createHash("sha256");
  for (const row of rows) {
    const data = row.data.replace(/"passwordHash":"[^"]*"/g, '"passwordHash":""');
    hash.update(`${row.stream_id}\u0000${row.revision}\u0000${row.type}\u0000${data}\u0000`);
  }
  return hash.digest("hex").slice(0, 12);
}
