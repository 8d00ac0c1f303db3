import { describe, expect, it, onTestFinished, vi } from "vitest";
import { tempBusFile } from "../testing/temp-bus.ts";
import { openSqliteBus } from "./open.ts";

const WAIT = { timeout: 30_000, interval: 20 };

describe("SQLite bus: trimming", () => {
  it("given old messages, when trimming, then only those every group of their topic handled go, and any old message of a topic without groups", async () => {
    let now = Date.parse("2026-03-01T08:00:00Z");
    const { bus, cleanup } = await tempBusFile({ clock: () => now, retentionMs: 60_000 });
    onTestFinished(cleanup);
    const handled: string[] = [];
    const stop = await bus.subscribe<string>("events", (m) => void handled.push(m), { group: "projectors" });
    for (const m of ["a", "b"]) await bus.publish("events", "k", m);
    await vi.waitFor(() => expect(handled).toEqual(["a", "b"]), WAIT);
    await stop();
    await bus.publish("events", "k", "c");
    await bus.publish("deltas", "k", "x");

    now += 5 * 60_000;
    await bus.publish("events", "k", "d");
    const trimmed = bus.trim();

    expect(trimmed).toBe(3);
    const late: string[] = [];
    const resumed: string[] = [];
    const deltas: string[] = [];
    await bus.subscribe<string>("events", (m) => void late.push(m), { group: "newcomers" });
    await bus.subscribe<string>("events", (m) => void resumed.push(m), { group: "projectors" });
    await bus.subscribe<string>("deltas", (m) => void deltas.push(m), { group: "newcomers" });
    await bus.publish("deltas", "k", "y");
    await vi.waitFor(
      () =>
        expect({ late, resumed, deltas }).toEqual({ late: ["c", "d"], resumed: ["c", "d"], deltas: ["y"] }),
      WAIT,
    );
  });

  it("given every message trimmed, when more are published, then their positions continue and a resuming group gets them", async () => {
    let now = Date.parse("2026-03-01T08:00:00Z");
    const { bus, cleanup } = await tempBusFile({ clock: () => now, retentionMs: 60_000 });
    onTestFinished(cleanup);
    const handled: string[] = [];
    const stop = await bus.subscribe<string>("events", (m) => void handled.push(m), { group: "projectors" });
    for (const m of ["a", "b"]) await bus.publish("events", "k", m);
    await vi.waitFor(() => expect(handled).toEqual(["a", "b"]), WAIT);
    await stop();
    now += 5 * 60_000;
    expect(bus.trim()).toBe(2);

    await bus.publish("events", "k", "c");
    await bus.subscribe<string>("events", (m) => void handled.push(m), { group: "projectors" });

    await vi.waitFor(() => expect(handled).toEqual(["a", "b", "c"]), WAIT);
  });

  it("given a topic kept forever, when trimming, then none of its messages go and a new group gets them all", async () => {
    let now = Date.parse("2026-03-01T08:00:00Z");
    const { bus, cleanup, path } = await tempBusFile({
      clock: () => now,
      retentionMs: 60_000,
      keepTopics: ["log"],
    });
    onTestFinished(cleanup);
    const first: string[] = [];
    const stop = await bus.subscribe<string>("log", (m) => void first.push(m), { group: "boards-1" });
    for (const m of ["a", "b"]) await bus.publish("log", "k", m);
    await vi.waitFor(() => expect(first).toEqual(["a", "b"]), WAIT);
    await stop();

    now += 5 * 60_000;
    expect(bus.trim()).toBe(0);
    // Another client of the file that did not name the topic spares it too.
    const other = await openSqliteBus({ path, clock: () => now, retentionMs: 60_000 });
    expect(other.trim()).toBe(0);
    await other.close();
    const rebuilt: string[] = [];
    await bus.subscribe<string>("log", (m) => void rebuilt.push(m), { group: "boards-2" });
    await vi.waitFor(() => expect(rebuilt).toEqual(["a", "b"]), WAIT);
  });
});
