import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SqliteBoardStore } from "@cobuild/board-store";
import { boardsFileName } from "@cobuild/boards";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../env.ts";
import { type StandaloneServer, startStandalone } from "../server.ts";
import { backupDataDir, restoreDataDir } from "./backup.ts";

const PASSWORD = "backup-test-password";

describe("backup and restore of a data folder", () => {
  const root = mkdtempSync(join(tmpdir(), "cobuild-backup-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const start = async (dataDir: string) => {
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      SEED_DEMO: "false",
      WEB_DIST: dataDir,
      STREET_ID: "dongfeng",
      STREET_NAME: "东风路街道",
      ADMIN_USERNAME: "admin",
      ADMIN_PASSWORD: PASSWORD,
    });
    const server = await startStandalone(config, pino({ level: "silent" }));
    await server.ready();
    return server;
  };
  const post = async (server: StandaloneServer, token: string, path: string, body: unknown) => {
    const res = await fetch(`${server.url}/api${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    expect(res.status, await res.clone().text()).toBeLessThan(300);
  };
  const boardsOf = (dataDir: string) => {
    const boards = new SqliteBoardStore(join(dataDir, boardsFileName()));
    try {
      return { boards: boards.dump(), checkpoint: boards.checkpoint("boards") };
    } finally {
      boards.close();
    }
  };

  it("given a running server, when its data is backed up while commands arrive and restored elsewhere, then the restored server's boards are identical once caught up", async () => {
    const original = join(root, "original");
    const server = await start(original);
    const login = await fetch(`${server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "admin", password: PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    await post(server, token, "/communities", { communityId: "gm", streetId: "dongfeng", name: "光明社区" });
    const unit = (i: number) => ({
      unitId: `gm-u${i}`,
      name: `单位${i}`,
      kind: "school",
      partyOrganisation: "支部",
      inServiceMembers: i,
    });
    // The backup runs while units keep being registered: an online backup stops no writer.
    const during = Promise.all(
      Array.from({ length: 20 }, (_, i) => post(server, token, "/communities/gm/units", unit(i))),
    );
    const manifest = await backupDataDir(original, join(root, "backup"));
    await during;
    await server.close();
    expect(manifest.files.map((file) => file.name)).toEqual(
      expect.arrayContaining(["events.sqlite", "sessions.sqlite", boardsFileName()]),
    );
    // The log was copied after the boards: it holds every event the boards copy has seen.
    const copied = boardsOf(join(root, "backup"));
    const restoredDir = join(root, "restored");
    restoreDataDir(join(root, "backup"), restoredDir);
    expect(() => restoreDataDir(join(root, "backup"), restoredDir)).toThrow(/already holds an event log/);

    const restored = await start(restoredDir);
    await restored.close();
    const after = boardsOf(restoredDir);
    expect(after.checkpoint).toBeGreaterThanOrEqual(copied.checkpoint);
    // Rebuilt from the restored log alone, the boards come out the same: nothing in them lacks its events.
    rmSync(join(restoredDir, boardsFileName()));
    const rebuilt = await start(restoredDir);
    await rebuilt.close();
    expect(boardsOf(restoredDir)).toEqual(after);
    // Restoring the backup of an idle server gives exactly its boards.
    const idleBackup = join(root, "idle-backup");
    await backupDataDir(original, idleBackup);
    const idleRestored = join(root, "idle-restored");
    restoreDataDir(idleBackup, idleRestored);
    const again = await start(idleRestored);
    await again.close();
    expect(boardsOf(idleRestored)).toEqual(boardsOf(original));
  }, 60_000);
});
