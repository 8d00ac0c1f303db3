import { describe, expect, it } from "vitest";
import { monthsUpTo } from "./months.ts";

describe("months of the hours chart", () => {
  it("Given hours in some months, When taking four months up to March, Then the year boundary is crossed and gaps are zero", () => {
    const months = monthsUpTo({ "2025-12": 4.5, "2026-02": 1.25, "2026-04": 9 }, "2026-03", 4);
    expect(months).toEqual([
      { month: "2025-12", hours: 4.5 },
      { month: "2026-01", hours: 0 },
      { month: "2026-02", hours: 1.25 },
      { month: "2026-03", hours: 0 },
    ]);
  });

  it("Given December as the last month, When taking two months, Then November and December follow in order", () => {
    expect(monthsUpTo({}, "2026-12", 2).map((m) => m.month)).toEqual(["2026-11", "2026-12"]);
  });
});
