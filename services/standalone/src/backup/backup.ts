import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";

/** The files of a data folder a backup holds: the log, the boards of every version, sessions, the bus. */
const BACKED_UP = /^(events|sessions|bus|relay)\.sqlite$|^boards-v\d+\.sqlite$/;

/** What a backup folder says about itself (manifest.json). */
export interface BackupManifest {
  /** When the backup was taken (ISO). */
  takenAt: string;
  files: { name: string; bytes: number }[];
}

const MANIFEST = "manifest.json";

/**
 * Copies every database of a data folder into `target` while the server runs, through SQLite's online
 * backup API: each copy is a consistent snapshot of its file, pages written meanwhile are copied again,
 * and writers are never stopped. The log is copied last, so it holds at least every event the boards
 * copy has seen: a restored server catches the boards up from there and loses nothing.
 */
export async function backupDataDir(dataDir: string, target: string): Promise<BackupManifest> {
  if (existsSync(join(target, MANIFEST))) throw new Error(`${target} already holds a backup`);
  mkdirSync(target, { recursive: true });
  const names = readdirSync(dataDir).filter((name) => BACKED_UP.test(name));
  if (!names.includes("events.sqlite")) throw new Error(`${dataDir} holds no event log (events.sqlite)`);
  const ordered = [...names.filter((name) => name !== "events.sqlite"), "events.sqlite"];
  const files: BackupManifest["files"] = [];
  for (const name of ordered) {
    const db = new Database(join(dataDir, name), { fileMustExist: true });
    try {
      await db.backup(join(target, name));
    } finally {
      db.close();
    }
    files.push({ name, bytes: statSync(join(target, name)).size });
  }
  const manifest: BackupManifest = { takenAt: new Date().toISOString(), files };
  writeFileSync(join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * Puts a backup in place as a data folder, for a server that is not running. Refuses a folder that
 * already holds a log: a restore never overwrites data; move the old folder aside first.
 */
export function restoreDataDir(source: string, dataDir: string): BackupManifest {
  const manifestPath = join(source, MANIFEST);
  if (!existsSync(manifestPath)) throw new Error(`${source} is not a backup (no ${MANIFEST})`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as BackupManifest;
  if (existsSync(join(dataDir, "events.sqlite")))
    throw new Error(`${dataDir} already holds an event log: restore into an empty folder`);
  mkdirSync(dataDir, { recursive: true });
  for (const { name, bytes } of manifest.files) {
    if (!BACKED_UP.test(name)) throw new Error(`unexpected file ${name} in the backup's manifest`);
    const from = join(source, name);
    if (!existsSync(from) || statSync(from).size !== bytes)
      throw new Error(`${name} in the backup is missing or not the size its manifest says`);
    copyFileSync(from, join(dataDir, name));
  }
  return manifest;
}
