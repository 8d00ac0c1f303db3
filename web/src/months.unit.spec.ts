import { describe, expect, it } from "vitest";
import { hoursInMonths, lastMonths } from "./months.ts";

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

  it("given January, when thirteen months are asked for, then two year ends are crossed", () => {
    const months = lastMonths("2026-01", 13);
    expect(months[0]).toBe("2025-01");
    expect(months.at(-1)).toBe("2026-01");
  });
});

describe("hours in the months of a chart", () => {
  it("given hours in some months, when taking four months up to March, then the gaps are zero and later hours are left out", () => {
    const months = lastMonths("2026-03", 4);
    expect(hoursInMonths({ "2025-12": 4.5, "2026-02": 1.25, "2026-04": 9 }, months)).toEqual([
      { month: "2025-12", hours: 4.5 },
      { month: "2026-01", hours: 0 },
      { month: "2026-02", hours: 1.25 },
      { month: "2026-03", hours: 0 },
    ]);
  });
});
