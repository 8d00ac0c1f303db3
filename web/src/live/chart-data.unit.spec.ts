import { describe, expect, it } from "vitest";
import { agreement, commitment, emptyCommunity, item, supermarket, unit } from "../testing/live-fixtures.ts";
import { contributionsByUnit, hoursByTeam, progressByUnit, stockRows } from "./chart-data.ts";

describe("chart data", () => {
  it("given units with signed, draft and no agreements, then only signed ones are charted, best first", () => {
    const board = emptyCommunity();
    board.units = { u1: unit("u1", "甲"), u2: unit("u2", "乙"), u3: unit("u3", "丙"), u4: unit("u4", "丁") };
    board.agreements = {
      a1: agreement("a1", "u1", [commitment("c", { verified: 2 })]),
      a2: agreement("a2", "u2", [commitment("c", { verified: 10 })]),
      a3: agreement("a3", "u3", [commitment("c", { verified: 10 })], { status: "draft" }),
    };
    expect(progressByUnit(board, "2026-11-23").map((r) => [r.unitId, r.rate])).toEqual([
      ["u2", 1],
      ["u1", 0.2],
    ]);
  });

  it("given units with whole-record counts, then each active unit's count is given, most first", () => {
    const board = emptyCommunity();
    board.units = {
      u1: { ...unit("u1", "甲"), contributions: 1 },
      u2: { ...unit("u2", "乙"), contributions: 30 },
      u3: unit("u3", "丙"),
    };
    expect(contributionsByUnit(board)).toEqual([
      { unitId: "u2", name: "乙", count: 30 },
      { unitId: "u1", name: "甲", count: 1 },
    ]);
  });

  it("given teams with and without hours in the months asked, then idle teams are left out and each month has every team's hours", () => {
    const board = emptyCommunity();
    board.teams = {
      t1: {
        teamId: "t1",
        name: "联防",
        category: "joint_patrol",
        members: 5,
        hoursByMonth: { "2026-10": 1.1, "2026-11": 2.2 },
      },
      t2: { teamId: "t2", name: "调解", category: "mediation", members: 5, hoursByMonth: { "2026-01": 9 } },
    };
    const { teams, rows, total } = hoursByTeam(board, ["2026-10", "2026-11"]);
    expect(teams).toEqual([{ teamId: "t1", name: "联防", total: 3.3 }]);
    expect(rows).toEqual([
      { month: "2026-10", t1: 1.1 },
      { month: "2026-11", t1: 2.2 },
    ]);
    expect(total).toBe(3.3);
  });

  it("given items low and sufficient, then low ones come first and are marked", () => {
    const rows = stockRows(supermarket([item("a", 50, 10), item("b", 1, 10)]));
    expect(rows.map((r) => [r.itemId, r.low])).toEqual([
      ["b", true],
      ["a", false],
    ]);
  });
});
