import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteBus, type SqliteBusOptions } from "../sqlite/open.ts";
import type { SqliteBus } from "../sqlite/sqlite-bus.ts";
import type { BusUnderTest } from "./index.ts";

/**
 * A bus file in a fresh temp dir, with as many clients as a test asks for; `cleanup` closes them all
 * and removes the dir. For this package's own specs; not exported from `@cobuild/bus/testing`.
 */
export async function tempBusFile(
  options: Omit<SqliteBusOptions, "path"> = {},
): Promise<BusUnderTest & { bus: SqliteBus; path: string; connectAnother(): Promise<SqliteBus> }> {
  const dir = await mkdtemp(join(tmpdir(), "cobuild-bus-"));
  const path = join(dir, "bus.sqlite");
  const clients: SqliteBus[] = [];
  const connectAnother = async () => {
    const client = await openSqliteBus({ path, ...options });
    clients.push(client);
    return client;
  };
  const cleanup = async () => {
    await Promise.all(clients.map((client) => client.close()));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const bus = await connectAnother();
    return { bus, path, connectAnother, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
