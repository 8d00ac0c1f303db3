import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/server-process.ts";

/**
 * `npm start` as an operator runs it: it builds what is stale, serves, and stops when told to. The signal
 * goes to the npm process, as a service manager or a terminal sends it.
 */
describe("npm start", () => {
  const dir = mkdtempSync(join(tmpdir(), "cobuild-npm-start-"));
  let npm: ChildProcess | undefined;
  afterAll(() => {
    npm?.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("given the server running, when npm receives SIGTERM, then the server drains and every process exits", async () => {
    npm = spawn("npm", ["start"], {
      cwd: repoRoot,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dir, SEED_DEMO: "false" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start did not get ready:\n${output}`)), 120_000);
      npm?.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      npm?.stderr?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
      });
    });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    const exited = new Promise<number | null>((resolve) => npm?.once("exit", (code) => resolve(code)));
    npm.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("shutting down");
    // Nothing is left listening: the server was npm's own child, not an orphan.
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  }, 180_000);
});
