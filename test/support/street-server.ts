import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, type StandaloneServer, startStandalone } from "@cobuild/standalone";
import pino from "pino";
import { expect } from "vitest";

/** A one-process server in this test's own process, on an empty log, with its data folder. */
export interface StreetServer {
  server: StandaloneServer;
  dir: string;
  /** Stops the server and removes its data. */
  close(): Promise<void>;
}

/**
 * Starts the one-process server on a fresh data folder with no demo: Dongfeng Road street and its
 * administrator `admin` (with `adminPassword`) only, ready once it returns. `settings` are further
 * environment settings (TRUST_PROXY, ALLOWED_ORIGINS …).
 */
export async function startStreetServer(
  adminPassword: string,
  settings: Record<string, string> = {},
  clock?: () => Date,
): Promise<StreetServer> {
  const dir = mkdtempSync(join(tmpdir(), "cobuild-street-"));
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dir,
    SEED_DEMO: "false",
    WEB_DIST: dir,
    STREET_ID: "dongfeng",
    STREET_NAME: "东风路街道",
    ADMIN_USERNAME: "admin",
    ADMIN_PASSWORD: adminPassword,
    ...settings,
  });
  const server = await startStandalone(config, pino({ level: process.env.TEST_LOG ?? "silent" }), clock);
  await server.ready();
  return {
    server,
    dir,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Sends an API request with a bearer token and returns the parsed answer, failing the test (with the
 * answer in the message) unless it was accepted: setup steps never silently half-happen.
 */
export async function accepted(
  url: string,
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
) {
  const res = await fetch(`${url}/api${path}`, {
    method,
    headers: { "Content-Type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  expect(res.status, `${method} ${path}: ${text}`).toBeLessThan(300);
  return text ? JSON.parse(text) : undefined;
}
