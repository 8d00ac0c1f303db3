import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { SqliteBoardReader } from "./sqlite-board-reader.ts";

const VERSIONED_FILE = /^boards-v(\d+)\.sqlite$/;

/**
 * The newest boards file of an older version than `current` that was once complete: what keeps serving
 * while the current version is built. Undefined when there is none (a first start, or deleted files).
 */
export function openPreviousBoards(dataDir: string, currentVersion: number): SqliteBoardReader | undefined {
  if (!existsSync(dataDir)) return undefined;
  const older = readdirSync(dataDir)
    .map((name) => ({ name, version: Number(VERSIONED_FILE.exec(name)?.[1] ?? Number.NaN) }))
    .filter(({ version }) => Number.isInteger(version) && version < currentVersion)
    .sort((a, b) => b.version - a.version);
  for (const { name } of older) {
    const reader = new SqliteBoardReader(join(dataDir, name));
    // Files written before completeness was recorded count once they hold anything.
    if (reader.isComplete() || reader.checkpoint("boards") > 0) return reader;
    reader.close();
  }
  return undefined;
}
