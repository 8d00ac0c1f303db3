import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { tempBusFile } from "../testing/temp-bus.ts";
import { openSqliteBus } from "./open.ts";
import type { GroupRow } from "./schema.ts";

const MEMBER = fileURLToPath(new URL("../testing/group-member.ts", import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL("../..", import.meta.url));
const WAIT = { timeout: 30_000, interval: 20 };
/**
 * Long enough that a scheduler or GC stall on a loaded machine never lets a waiting member take over
 * early, short enough that an expiry costs the test only a few seconds.
 */
const LEASE_MS = 2_500;

async function temp(options: Parameters<typeof tempBusFile>[0]) {
  const subject = await tempBusFile(options);
  onTestFinished(() => subject.cleanup());
  return subject;
}

describe("SQLite bus: group leases", () => {
  it("given a group member process killed with SIGKILL mid-message, when its lease expires, then a member of another client takes over from that message on", async () => {
    const { bus, path, connectAnother } = await temp({});
    const waiting = await connectAnother();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", MEMBER, path, "events", "projectors", String(LEASE_MS)],
      {
        cwd: PACKAGE_DIR,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    onTestFinished(() => void child.kill("SIGKILL"));
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = once(child, "exit");
    const childLines: string[] = [];
    createInterface({ input: child.stdout }).on("line", (line) => childLines.push(line));
    await vi.waitFor(
      () => expect({ childLines, stderr }).toEqual({ childLines: ["joined"], stderr: "" }),
      WAIT,
    );

    // Given: the child holds the lease, has handled "1" and is stuck in "hang"; this member waits.
    const onWaiting: string[] = [];
    await waiting.subscribe<string>("events", (m) => void onWaiting.push(m), { group: "projectors" });
    await bus.publish("events", "k", "1");
    await bus.publish("events", "k", "hang");
    await vi.waitFor(() => expect(childLines).toEqual(["joined", "1", "hang"]), WAIT);
    expect(onWaiting).toEqual([]);

    // When
    child.kill("SIGKILL");
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: null, signal: "SIGKILL" });
    await bus.publish("events", "k", "3");

    // Then: the message in flight comes again (at least once), the handled one does not.
    await vi.waitFor(() => expect(onWaiting).toEqual(["hang", "3"]), WAIT);
  });

  it("given two clients with a lease far longer than the test, when the member holding it closes its bus, then the waiting member takes over at once", async () => {
    const { bus, connectAnother } = await temp({ leaseMs: 600_000 });
    const holder = await connectAnother();
    const onHolder: string[] = [];
    const onWaiting: string[] = [];
    await holder.subscribe<string>("events", (m) => void onHolder.push(m), { group: "projectors" });
    await bus.subscribe<string>("events", (m) => void onWaiting.push(m), { group: "projectors" });
    await bus.publish("events", "k", "1");
    await vi.waitFor(() => expect(onHolder).toEqual(["1"]), WAIT);

    await holder.close();
    await bus.publish("events", "k", "2");

    await vi.waitFor(() => expect(onWaiting).toEqual(["2"]), WAIT);
    expect(onHolder).toEqual(["1"]);
  });

  it("given a member stuck in a slow handler, when its first lease period has passed, then it still holds the lease and the waiting member got nothing", async () => {
    const { bus, path, connectAnother } = await temp({ leaseMs: LEASE_MS });
    const waiting = await connectAnother();
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    onTestFinished(() => release());
    const onWaiting: string[] = [];
    let started = false;
    await bus.subscribe<string>(
      "events",
      () => {
        started = true;
        return gate;
      },
      { group: "projectors" },
    );
    await waiting.subscribe<string>("events", (m) => void onWaiting.push(m), { group: "projectors" });
    const observer = new Database(path, { readonly: true });
    onTestFinished(() => void observer.close());
    const lease = () =>
      observer
        .prepare<[], GroupRow>(
          "SELECT * FROM bus_groups WHERE topic = 'events' AND group_name = 'projectors'",
        )
        .get();
    const first = lease();
    await bus.publish("events", "k", "slow");
    await vi.waitFor(() => expect(started).toBe(true), WAIT);

    await vi.waitFor(() => {
      expect(Date.now()).toBeGreaterThan((first?.lease_expires_at ?? 0) + LEASE_MS);
      expect(lease()?.lease_expires_at).toBeGreaterThan(Date.now());
    }, WAIT);

    expect(lease()?.owner).toBe(first?.owner);
    expect(onWaiting).toEqual([]);
  });

  it("given a member retrying a message its handler keeps refusing, when another member takes its lease over, then it stops retrying and hands out nothing until it holds the lease again", async () => {
    const { bus, path } = await temp({ leaseMs: LEASE_MS });
    const onHolder: string[] = [];
    await bus.subscribe<string>(
      "events",
      (m) => {
        onHolder.push(m);
        if (m === "refused") throw new Error("not this one");
      },
      { group: "projectors" },
    );
    await bus.publish("events", "k", "refused");
    await vi.waitFor(() => expect(onHolder).toContain("refused"), WAIT);

    // When: a member whose clock runs an hour ahead sees the holder's lease as expired and takes it at once;
    // the holder learns it at its next renewal.
    const onTaker: string[] = [];
    const taker = await openSqliteBus({ path, leaseMs: LEASE_MS, clock: () => Date.now() + 3_600_000 });
    onTestFinished(() => taker.close());
    await taker.subscribe<string>("events", (m) => void onTaker.push(m), { group: "projectors" });
    await vi.waitFor(() => expect(onTaker).toEqual(["refused"]), WAIT);
    // The taker's lease never expires in the first member's time, so it must give it back.
    await taker.close();
    await bus.publish("events", "k", "next");

    // Then: the first member left the refused message to the taker, and got the lease back for the next one.
    await vi.waitFor(() => expect(onHolder.filter((m) => m !== "refused")).toEqual(["next"]), WAIT);
    expect(onTaker).toEqual(["refused"]);
  });
});
