import { describe, expect, it } from "vitest";
import { FairSlots } from "./fair-slots.ts";
import { LoginThrottle } from "./login-throttle.ts";

const rules = {
  freePerAccount: 3,
  freePerAddress: 10,
  baseDelayMs: 1_000,
  maxLockMs: 60_000,
  maxEntries: 100,
};

describe("login throttling", () => {
  const clocked = () => {
    let now = 0;
    const advance = (ms: number) => {
      now += ms;
    };
    return { throttle: new LoginThrottle(rules, () => now), advance };
  };

  it("given the free attempts used on one account, then each further one waits twice as long, up to the lockout", () => {
    const { throttle, advance } = clocked();
    for (let i = 0; i < 3; i++) expect(throttle.attempt("admin", "a")).toBeUndefined();
    // The third attempt was the last free one: the fourth goes through and sets the first wait.
    expect(throttle.attempt("admin", "a")).toBeUndefined();
    expect(throttle.attempt("admin", "a")).toEqual({ retryAfterSeconds: 1 });
    advance(1_000);
    expect(throttle.attempt("admin", "a")).toBeUndefined();
    expect(throttle.attempt("admin", "a")).toEqual({ retryAfterSeconds: 2 });
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      advance((throttle.attempt("admin", "a")?.retryAfterSeconds ?? 0) * 1_000);
      expect(throttle.attempt("admin", "a")).toBeUndefined();
      waits.push(throttle.attempt("admin", "a")?.retryAfterSeconds ?? 0);
    }
    expect(waits).toEqual([4, 8, 16, 32, 60, 60, 60, 60]);
  });

  it("given attempts still running, then they count before any of them has failed", () => {
    const { throttle } = clocked();
    const started = Array.from({ length: 100 }, () => throttle.attempt("admin", "flood"));
    expect(started.filter((t) => t === undefined)).toHaveLength(4);
  });

  it("given one account throttled, then another account from another address is not", () => {
    const { throttle } = clocked();
    for (let i = 0; i < 20; i++) throttle.attempt("admin", "flood");
    expect(throttle.attempt("admin", "flood")).toBeDefined();
    expect(throttle.attempt("staff", "office")).toBeUndefined();
  });

  it("given many accounts guessed from one address, then the address is throttled too", () => {
    const { throttle } = clocked();
    for (let i = 0; i < 11; i++) expect(throttle.attempt(`user${i}`, "guesser")).toBeUndefined();
    expect(throttle.attempt("someone-else", "guesser")).toEqual({ retryAfterSeconds: 1 });
  });

  it("given successful logins from one address, then they never add up to a wait", () => {
    const { throttle } = clocked();
    for (let i = 0; i < 50; i++) {
      expect(throttle.attempt(`teacher${i}`, "school")).toBeUndefined();
      throttle.succeeded(`teacher${i}`, "school");
    }
  });

  it("given a quiet spell as long as the lockout, then the count starts again", () => {
    const { throttle, advance } = clocked();
    for (let i = 0; i < 4; i++) throttle.attempt("admin", "a");
    expect(throttle.attempt("admin", "a")).toBeDefined();
    advance(61_001);
    for (let i = 0; i < 4; i++) expect(throttle.attempt("admin", "a")).toBeUndefined();
  });
});

describe("fair hashing slots", () => {
  it("given one caller's flood queued, then another caller's job runs next, not after the flood", async () => {
    const slots = new FairSlots(1);
    const order: string[] = [];
    const gates: (() => void)[] = [];
    const job = (name: string) => () =>
      new Promise<void>((done) => {
        order.push(name);
        gates.push(done);
      });
    const all = [
      ...Array.from({ length: 5 }, (_, i) => slots.run("flood", job(`flood${i}`))),
      slots.run("office", job("office")),
    ];
    // Release the jobs one at a time, as each one starts.
    while (order.length < 6) {
      await new Promise((resolve) => setImmediate(resolve));
      gates.shift()?.();
    }
    gates.shift()?.();
    await Promise.all(all);
    expect(order.slice(0, 3)).toEqual(["flood0", "flood1", "office"]);
    expect(slots.queued()).toBe(0);
  });
});
