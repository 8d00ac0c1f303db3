// Test-only: the API over real HTTP on port 0, with the real SQLite log, projector and boards.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteSessionStore } from "@cobuild/access";
import { SqliteBoardStore } from "@cobuild/board-store";
import { allProjections, type BoardReader } from "@cobuild/boards";
import { InProcessBus } from "@cobuild/bus";
import type { GrantRequest } from "@cobuild/domain";
import { type EventStore, openSqliteEventStore } from "@cobuild/event-store";
import { type RunningProjector, startProjector } from "@cobuild/projector";
import { createApiApp, createServices, type Services } from "../app.ts";
import type { LoginThrottle } from "../auth/login-throttle.ts";
import { systemPrincipal } from "../auth/principal.ts";
import { bootstrapStreet } from "../setup/bootstrap.ts";
import { type Client, client } from "./http.ts";

/** The date every test runs on, so date rules (future, within term) are deterministic. */
export const TODAY = "2025-06-15";

/** The street every test works in, and its administrator (who may do everything in it). */
export const TEST_STREET = "test-street";
export const TEST_ADMIN = {
  username: "street-admin",
  displayName: "街道管理员",
  password: "test-password-1",
};

export interface TestApi {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:54321 */
  url: string;
  /** The folder holding the log (`events.sqlite`) and boards, for a second process's connection. */
  dataDir: string;
  store: EventStore;
  boards: BoardReader;
  services: Services;
  projector: RunningProjector;
  /** Logs in over HTTP and returns a client that sends the session's bearer token. */
  login(username: string, password: string): Promise<Client>;
  /** A new account holding these roles (created by the system), logged in. */
  clientWith(grants: GrantRequest[]): Promise<Client>;
  /** Errors the API logged as unexpected (5xx); a healthy run leaves this empty. */
  loggedErrors: unknown[];
  /** Resolves once the boards include every event stored so far. */
  projected(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a fresh API in a fresh temp dir; `close` stops everything and removes the dir. */
export async function startTestApi(
  options: { today?: string; loginThrottle?: LoginThrottle } = {},
): Promise<TestApi> {
  const dir = await mkdtemp(join(tmpdir(), "cobuild-api-int-"));
  const store = await openSqliteEventStore({ path: join(dir, "events.sqlite") });
  const boards = new SqliteBoardStore(join(dir, "boards.sqlite"));
  const loggedErrors: unknown[] = [];
  const logError = (error: unknown) => void loggedErrors.push(error);
  const bus = new InProcessBus(logError);
  const projector = startProjector({ store, boards, bus, projections: allProjections, onError: logError });
  const today = options.today ?? TODAY;
  const sessions = openSqliteSessionStore(":memory:");
  const services = createServices({ store, today: () => today, boards });
  await bootstrapStreet(services, { streetId: TEST_STREET, name: "测试街道", admin: TEST_ADMIN });
  const server = createServer(
    createApiApp(
      { store, today: () => today, boards, sessions, logError, loginThrottle: options.loginThrottle },
      services,
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const login = async (username: string, password: string) => {
    const response = await client(url).post("/api/session", { username, password });
    const token = (response.body as { token?: string } | undefined)?.token;
    if (response.status !== 200 || !token) throw new Error(`login as ${username} failed: ${response.status}`);
    return client(url, token);
  };

  return {
    url,
    dataDir: dir,
    store,
    boards,
    services,
    projector,
    login,
    clientWith: async (grants) => {
      const username = `u-${randomUUID().slice(0, 12)}`;
      const password = "test-password-1";
      await services.accounts.createAccount(
        { username, displayName: username, password, grants },
        { principal: systemPrincipal("test"), correlationId: username },
      );
      return login(username, password);
    },
    loggedErrors,
    projected: async () => projector.waitFor(await store.headPosition()),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await projector.stop();
      await bus.close();
      await store.close();
      boards.close();
      sessions.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh id for one test, so tests never share streams. */
export const freshId = (prefix: string): string => `${prefix}-${randomUUID()}`;
