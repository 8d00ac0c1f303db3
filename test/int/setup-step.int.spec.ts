import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, type ServiceProcess, startServiceProcess } from "../support/server-process.ts";

/** The distributed topology's one-shot setup step, as an operator runs it for real data. */
describe("the setup step (services/standalone/src/seed-main.ts)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "cobuild-setup-"));
  const env = {
    DATA_DIR: dataDir,
    SEED_DEMO: "false",
    STREET_ID: "qingshan",
    STREET_NAME: "青山街道",
    ADMIN_USERNAME: "qs-admin",
    ADMIN_PASSWORD: "a-long-first-password",
    LOG_LEVEL: "info",
  };
  const runSetup = (settings: Record<string, string> = env) =>
    spawnSync(process.execPath, ["--import", "tsx", "services/standalone/src/seed-main.ts"], {
      cwd: repoRoot,
      env: { ...process.env, ...settings },
      encoding: "utf8",
    });
  let api: ServiceProcess | undefined;
  afterAll(async () => {
    await api?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("given a street and its administrator in the settings, when setup runs twice, then the administrator can log in to the api process and nothing else was created", async () => {
    const first = runSetup();
    expect(first.status, first.stderr + first.stdout).toBe(0);
    const again = runSetup();
    expect(again.status, again.stderr + again.stdout).toBe(0);

    api = await startServiceProcess("services/api/src/main.ts", { DATA_DIR: dataDir });
    const login = await fetch(`${api.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "qs-admin", password: "a-long-first-password" }),
    });
    expect(login.status).toBe(200);
    const demo = await fetch(`${api.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin", password: "cobuild-demo" }),
    });
    expect(demo.status).toBe(401);
  }, 120_000);

  it("given only some of the street settings, when setup runs, then it stops with a message naming all four", () => {
    const { ADMIN_PASSWORD: _left, ...partial } = env;
    const result = runSetup(partial);
    expect(result.status).toBe(1);
    expect(result.stderr + result.stdout).toContain(
      "Invalid configuration: set all of STREET_ID, STREET_NAME, ADMIN_USERNAME, ADMIN_PASSWORD or none of them",
    );
  });
});
