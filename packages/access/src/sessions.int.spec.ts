import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSqliteSessionStore, SESSION_IDLE_MS, SESSION_MS, tokenHash } from "./sessions.ts";

describe("sessions", () => {
  const dir = mkdtempSync(join(tmpdir(), "cobuild-sessions-"));
  let now = 1_000_000;
  const clock = () => now;
  afterEach(() => rmSync(join(dir, "sessions.sqlite"), { force: true }));

  it("given a session used now and then, when twelve hours pass since the login, then it ends however busy it was", () => {
    const sessions = openSqliteSessionStore(":memory:", clock);
    const token = sessions.create("liaison");
    for (let hour = 1; hour < 12; hour++) {
      now += 60 * 60 * 1000;
      expect(sessions.find(token)?.username).toBe("liaison");
    }
    now += 60 * 60 * 1000;
    expect(sessions.find(token)).toBeUndefined();
    expect(SESSION_MS).toBe(12 * 60 * 60 * 1000);
  });

  it("given a session left alone, when the idle time passes without use, then it ends; used within it, it lives on", () => {
    const sessions = openSqliteSessionStore(":memory:", clock);
    const used = sessions.create("staff");
    const idle = sessions.create("keeper");
    now += SESSION_IDLE_MS - 1_000;
    expect(sessions.find(used)).toBeDefined();
    now += 2_000;
    expect(sessions.find(idle)).toBeUndefined();
    expect(sessions.find(used)).toBeDefined();
  });

  it("given a logout, a password change and a revoked role, then another process sharing the file reads each end once, in order", () => {
    const api = openSqliteSessionStore(join(dir, "sessions.sqlite"), clock);
    const gateway = openSqliteSessionStore(join(dir, "sessions.sqlite"), clock);
    const cursor = gateway.lastEnd();
    const first = api.create("liaison");
    const second = api.create("liaison");
    const third = api.create("liaison");
    api.delete(first);
    api.endAllOf("liaison", third);
    api.accountChanged("liaison");
    // Ending a session that no longer exists records nothing.
    api.delete(first);

    const read = gateway.endsAfter(cursor);
    expect(read.ends).toEqual([
      { tokenHash: tokenHash(first), username: "liaison" },
      { tokenHash: tokenHash(second), username: "liaison" },
      { username: "liaison" },
    ]);
    expect(gateway.endsAfter(read.cursor).ends).toEqual([]);
    expect(gateway.find(third)?.username).toBe("liaison");
    api.close();
    gateway.close();
  });
});
