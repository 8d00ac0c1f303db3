import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { within } from "./deadline.ts";

describe("within", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("given work that never settles, when the deadline passes, then it rejects with the caller's error", async () => {
    const waiting = within(new Promise<void>(() => {}), 12_000, () => new Error("not acknowledged in 12 s"));
    const outcome = waiting.then(
      () => "resolved",
      (error: Error) => error.message,
    );

    await vi.advanceTimersByTimeAsync(12_000);

    await expect(outcome).resolves.toBe("not acknowledged in 12 s");
  });

  it("given work that settles before the deadline, when it resolves, then its value comes back and no timer is left", async () => {
    const value = await within(Promise.resolve(42), 12_000, () => new Error("late"));

    expect({ value, timers: vi.getTimerCount() }).toEqual({ value: 42, timers: 0 });
  });

  it("given work that fails before the deadline, when it rejects, then its own error comes back", async () => {
    const refused = new Error("broker refused");

    await expect(within(Promise.reject(refused), 12_000, () => new Error("late"))).rejects.toBe(refused);
  });
});
