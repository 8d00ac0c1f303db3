import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { tempDir } from "../testing/temp-store.ts";
import { openSqliteEventStore } from "./open.ts";

const FIXTURE = fileURLToPath(new URL("../testing/append-loop.ts", import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL("../..", import.meta.url));
const ACKS_BEFORE_KILL = 300;

interface DurabilityRow {
  id: string;
  stream_id: string;
  revision: number;
  position: number;
  batch: string;
}

describe("SQLite event store: kill -9", () => {
  let dir: string;
  let remove: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, remove } = await tempDir());
  });
  afterEach(() => remove());

  it("given a writer process killed with SIGKILL mid-flight, when the file is reopened, then every acknowledged event is there and no batch is partial", async () => {
    const path = join(dir, "events.sqlite");
    // Opened first so the schema exists; it also watches the writer's commits arrive by polling.
    const watcher = await openSqliteEventStore({ path, pollIntervalMs: 10 });
    onTestFinished(() => watcher.close());
    const watched = new Set<string>();
    const subscription = watcher.subscribeToAll();
    const watching = (async () => {
      for await (const event of subscription) watched.add(event.id);
    })();

    // Given
    const child = spawn(process.execPath, ["--import", "tsx", FIXTURE, path], {
      cwd: PACKAGE_DIR,
      stdio: ["ignore", "pipe", "pipe"],
    });
    onTestFinished(() => {
      child.kill("SIGKILL");
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const acknowledged: string[] = [];
    const exited = once(child, "exit");
    createInterface({ input: child.stdout }).on("line", (id) => {
      acknowledged.push(id);
      if (acknowledged.length >= ACKS_BEFORE_KILL) child.kill("SIGKILL");
    });

    // When
    const [code, signal] = await exited;
    expect({ code, signal, stderr }).toMatchObject({ code: null, signal: "SIGKILL" });
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

    // Then: the other process saw them live, and a fresh open finds every acknowledged id.
    await vi.waitFor(() => expect(acknowledged.filter((id) => !watched.has(id))).toEqual([]), {
      timeout: 10_000,
    });
    await subscription.stop();
    await watching;
    await watcher.close();

    const reopened = await openSqliteEventStore({ path });
    onTestFinished(() => reopened.close());
    const storedIds = new Set((await reopened.readAll()).map((event) => event.id));
    expect(acknowledged.filter((id) => !storedIds.has(id))).toEqual([]);
    await reopened.close();

    const db = new Database(path, { readonly: true });
    onTestFinished(() => {
      db.close();
    });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const rows = db
      .prepare<[], DurabilityRow>(
        "SELECT id, stream_id, revision, position, data ->> '$.batch' AS batch FROM events ORDER BY position",
      )
      .all();
    expect(rows.map((row) => row.position)).toEqual(rows.map((_, index) => index + 1));
    const batchSizes = new Map<string, number>();
    for (const row of rows) batchSizes.set(row.batch, (batchSizes.get(row.batch) ?? 0) + 1);
    expect([...batchSizes.values()].filter((size) => size !== 3)).toEqual([]);
    const revisionsByStream = new Map<string, number[]>();
    for (const row of rows)
      revisionsByStream.set(row.stream_id, [...(revisionsByStream.get(row.stream_id) ?? []), row.revision]);
    for (const revisions of revisionsByStream.values())
      expect(revisions).toEqual(revisions.map((_, index) => index));
  });
});
