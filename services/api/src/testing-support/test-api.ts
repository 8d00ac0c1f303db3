// Test-only: the API over real HTTP on port 0, with the real SQLite log, projector and boards.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { allProjections } from "@cobuild/boards";
import { InProcessBus } from "@cobuild/bus";
import { type EventStore, openSqliteEventStore } from "@cobuild/event-store";
import { type RunningProjector, SqliteBoardStore, startProjector } from "@cobuild/projector";
import { createApiApp } from "../app.ts";

/** The date every test runs on, so date rules (future, within term) are deterministic. */
export const TODAY = "2025-06-15";

export interface TestApi {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:54321 */
  url: string;
  store: EventStore;
  projector: RunningProjector;
  /** Errors the API logged as unexpected (5xx); a healthy run leaves this empty. */
  loggedErrors: unknown[];
  /** Resolves once the boards include every event stored so far. */
  projected(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a fresh API in a fresh temp dir; `close` stops everything and removes the dir. */
export async function startTestApi(options: { today?: string } = {}): Promise<TestApi> {
  const dir = await mkdtemp(join(tmpdir(), "cobuild-api-int-"));
  const store = await openSqliteEventStore({ path: join(dir, "events.sqlite") });
  const boards = new SqliteBoardStore(join(dir, "boards.sqlite"));
  const loggedErrors: unknown[] = [];
  const logError = (error: unknown) => void loggedErrors.push(error);
  const bus = new InProcessBus(logError);
  const projector = startProjector({ store, boards, bus, projections: allProjections, onError: logError });
  const today = options.today ?? TODAY;
  const server = createServer(createApiApp({ store, today: () => today, boards, logError }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    store,
    projector,
    loggedErrors,
    projected: async () => projector.waitFor(await store.headPosition()),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await projector.stop();
      await bus.close();
      await store.close();
      boards.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh id for one test, so tests never share streams. */
export const freshId = (prefix: string): string => `${prefix}-${randomUUID()}`;
