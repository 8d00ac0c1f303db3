import { describe, expect, it } from "vitest";
import { daysBetween, lastMonths, monthOf } from "./dates.ts";

describe("dates the boards read", () => {
  it("given a date, then its month is the first seven characters", () => {
    expect(monthOf("2026-11-23")).toBe("2026-11");
  });

  it("given two dates across a month end, then the days between them are counted whole", () => {
    expect(daysBetween("2026-10-30", "2026-11-02")).toBe(3);
    expect(daysBetween("2026-11-02", "2026-10-30")).toBe(-3);
  });

  it("given a leap February, then its 29th is counted", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
  });

  it("given February, when six months are asked for, then they run back across the year end, oldest first", () => {
    expect(lastMonths("2026-02", 6)).toEqual([
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
  });

  it("given one month asked for, then it is the month itself", () => {
    expect(lastMonths("2026-12", 1)).toEqual(["2026-12"]);
  });
});
