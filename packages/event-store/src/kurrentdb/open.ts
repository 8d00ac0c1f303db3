import { KurrentDBClient } from "@kurrent/kurrentdb-client";
import { StorageError } from "../errors.ts";
import { KurrentDbEventStore } from "./kurrentdb-event-store.ts";
import { withoutCredentials } from "./storage-errors.ts";

export interface KurrentDbEventStoreOptions {
  /**
   * A KurrentDB connection string, e.g. `kurrentdb://admin:changeit@localhost:2113` or
   * `kurrentdb://localhost:2113?tls=false` for an insecure node. Its user must be able to read `$all`.
   */
  connectionString: string;
  /** Fills `occurredAt` when an event has none. Default: the system clock. */
  clock?: () => Date;
}

/**
 * Connects to KurrentDB (26.1 or later) and checks the connection with one cheap read, so a wrong address,
 * a stopped server or missing rights fail here with a StorageError (`io`) instead of at the first append.
 */
export async function openKurrentDbEventStore(
  options: KurrentDbEventStoreOptions,
): Promise<KurrentDbEventStore> {
  const address = withoutCredentials(options.connectionString);
  let client: KurrentDBClient;
  try {
    client = KurrentDBClient.connectionString(options.connectionString);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new StorageError("io", `The KurrentDB connection string ${address} is not valid: ${detail}`, {
      cause: error,
    });
  }
  const store = new KurrentDbEventStore(client, { address, clock: options.clock ?? (() => new Date()) });
  try {
    await store.headPosition();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
