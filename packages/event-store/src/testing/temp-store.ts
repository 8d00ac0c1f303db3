import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteEventStore, type SqliteEventStoreOptions } from "../sqlite/open.ts";
import type { SqliteEventStore } from "../sqlite/sqlite-event-store.ts";

/** A directory under the OS temp dir for one test's database files; `remove` deletes it. */
export async function tempDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "cobuild-event-store-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A file-backed store in a fresh temp dir; `cleanup` closes it and removes the dir. */
export async function tempFileStore(
  options: Omit<SqliteEventStoreOptions, "path"> = {},
): Promise<{ store: SqliteEventStore; path: string; cleanup(): Promise<void> }> {
  const { dir, remove } = await tempDir();
  const path = join(dir, "events.sqlite");
  try {
    const store = await openSqliteEventStore({ path, ...options });
    return {
      store,
      path,
      cleanup: async () => {
        await store.close();
        await remove();
      },
    };
  } catch (error) {
    await remove();
    throw error;
  }
}
