import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, localDate } from "./dates.ts";

describe("calendar dates", () => {
  it("adds days across a month and a year end", () => {
    expect(addDays("2025-12-30", 3)).toBe("2026-01-02");
  });

  it("rolls a missing day over when moving by months", () => {
    expect(addMonths("2024-02-29", -12)).toBe("2023-03-01");
  });

  it("counts whole days either way", () => {
    expect([daysBetween("2025-01-01", "2025-03-01"), daysBetween("2025-03-01", "2025-01-01")]).toEqual([
      59, -59,
    ]);
  });

  it("reads today in the community's time zone, not the server's", () => {
    expect(localDate(new Date("2025-06-14T17:00:00Z"), "Asia/Shanghai")).toBe("2025-06-15");
  });
});
