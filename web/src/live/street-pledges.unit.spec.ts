import type { PledgeRatesBoard, StreetBoard } from "@cobuild/boards";
import { describe, expect, it } from "vitest";
import { pledgeYears, streetPledgeYear } from "./street-pledges.ts";

const rates: PledgeRatesBoard = {
  streetId: "dongfeng",
  years: {
    "2025": { total: { made: 1, struckOff: 1 }, byKind: {}, byCommunity: {} },
    "2026": {
      total: { made: 10, struckOff: 6 },
      byKind: { committee: { made: 4, struckOff: 4 }, member: { made: 6, struckOff: 2 } },
      byCommunity: {
        guangming: { made: 4, struckOff: 1 },
        hongqi: { made: 6, struckOff: 5 },
        xinhua: { made: 0, struckOff: 0 },
      },
    },
  },
};
const street = {
  streetId: "dongfeng",
  name: "东风路街道",
  communities: { guangming: { name: "光明社区" }, hongqi: { name: "红旗社区" } },
  recentContributions: [],
} as unknown as StreetBoard;

describe("the street's pledge rates", () => {
  it("given two years of pledges, when the years are listed, then the newest comes first", () => {
    expect(pledgeYears(rates)).toEqual(["2026", "2025"]);
  });

  it("given a year, when it is laid out, then the street's rate, every kind of pledger and each community by its name show, lowest rate first", () => {
    const year = streetPledgeYear(rates, street, "2026");
    expect(year.total).toMatchObject({ made: 10, struckOff: 6, rate: 60 });
    expect(year.kinds.map((row) => [row.key, row.rate])).toEqual([
      ["committee", 100],
      ["member", 33],
      ["cadre", null],
    ]);
    expect(year.communities.map((row) => [row.name, row.rate])).toEqual([
      ["光明社区", 25],
      ["红旗社区", 83],
      // Nothing pledged: no rate, so it comes last rather than first as a zero would.
      ["xinhua", null],
    ]);
  });

  it("given a year the board has no figures for, when it is laid out, then every line reads zero with no rate", () => {
    const year = streetPledgeYear(rates, undefined, "2030");
    expect(year.total).toEqual({ key: "total", name: "", made: 0, struckOff: 0, rate: null });
    expect(year.communities).toEqual([]);
  });
});
