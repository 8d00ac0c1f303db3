import { describe, expect, it } from "vitest";
import { lastMonths } from "./dates.ts";

describe("the months a chart covers", () => {
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

  it("given December, when twelve months are asked for, then they are the calendar year", () => {
    expect(lastMonths("2026-12", 12)).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
  });

  it("given one month asked for, then it is the month itself", () => {
    expect(lastMonths("2026-12", 1)).toEqual(["2026-12"]);
  });
});
