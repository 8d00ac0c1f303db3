import { describe, expect, it } from "vitest";
import { emptyBoard } from "../testing/figures-fixtures.ts";
import { monthOf } from "./dates.ts";
import { hoursThisMonth, totalHoursThisMonth } from "./teams.ts";

const board = {
  ...emptyBoard(),
  teams: {
    patrol: {
      teamId: "patrol",
      name: "义务联防队",
      category: "joint_patrol" as const,
      members: 5,
      hoursByMonth: { "2025-11": 10.1, "2025-10": 40 },
    },
    care: {
      teamId: "care",
      name: "居家养老队",
      category: "home_elder_care" as const,
      members: 3,
      hoursByMonth: { "2025-11": 20.2 },
    },
    repair: {
      teamId: "repair",
      name: "家电维修队",
      category: "appliance_repair" as const,
      members: 2,
      hoursByMonth: {},
    },
  },
};

describe("hours this month", () => {
  it("given teams with and without hours this month, then every team is listed, most hours first", () => {
    expect(hoursThisMonth(board, "2025-11").map((t) => [t.teamId, t.hours])).toEqual([
      ["care", 20.2],
      ["patrol", 10.1],
      ["repair", 0],
    ]);
  });

  it("given hours in hundredths, then the month's total is exact", () => {
    expect(totalHoursThisMonth(board, "2025-11")).toBe(30.3);
    expect(totalHoursThisMonth(board, "2025-09")).toBe(0);
  });

  it("given a date, then its month is the year and month", () => {
    expect(monthOf("2025-11-30")).toBe("2025-11");
  });
});
