import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";
import { repoRoot } from "./server-process.ts";

/** Debian's Chromium; Playwright's own browser download cannot run on these machines. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * Whether browser tests can run here. Under CI a missing browser is a failure, never a silent skip;
 * elsewhere the suite says plainly that it skipped and why.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === "true") {
    throw new Error(`CI=true but no browser at ${CHROMIUM_PATH}: .ci/run must install Debian's chromium`);
  }
  console.log(
    `SKIPPED browser tests: no Chromium at ${CHROMIUM_PATH} (install it with: apt-get install -y chromium)`,
  );
  return false;
}

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });

/** Where screenshots go, kept by CI as test artifacts. */
export function artifactPath(name: string): string {
  const dir = join(repoRoot, "test-artifacts", "e2e");
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
