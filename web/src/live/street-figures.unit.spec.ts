import type { StreetBoard, StreetCommunitySummary } from "@cobuild/boards";
import { describe, expect, it } from "vitest";
import { streetRow, streetRows, streetTotals } from "./street-figures.ts";

const summary = (communityId: string, name: string, fields: Partial<StreetCommunitySummary> = {}) => ({
  communityId,
  name,
  units: 3,
  signedAgreements: 2,
  commitments: 8,
  fulfilled: 2,
  contributions: 40,
  participants: 120,
  hoursByMonth: { "2026-10": 30, "2026-11": 12.5 },
  places: 10,
  claimed: 7,
  supermarketDays: {
    "2026-11-22": { donations: 4, handouts: 1 },
    "2026-11-23": { donations: 1, handouts: 3 },
  },
  openDeadlines: ["2026-11-01", "2026-11-22", "2026-11-23", "2026-12-31"],
  ...fields,
});

describe("a community's line on the street board", () => {
  it("given its summary and today, then rate, this month's hours, today's supermarket and past deadlines are read as of today", () => {
    expect(streetRow(summary("c1", "光明社区"), "2026-11-23")).toMatchObject({
      fulfilmentRate: 0.25,
      hoursThisMonth: 12.5,
      donationsToday: 1,
      handoutsToday: 3,
      overdue: 2,
      places: 10,
      claimed: 7,
    });
  });

  it("given no commitments, no hours and no supermarket days, then the figures are zero", () => {
    const row = streetRow(
      summary("c1", "光明社区", {
        commitments: 0,
        fulfilled: 0,
        hoursByMonth: {},
        supermarketDays: {},
        openDeadlines: [],
      }),
      "2026-11-23",
    );
    expect(row).toMatchObject({
      fulfilmentRate: 0,
      hoursThisMonth: 0,
      donationsToday: 0,
      handoutsToday: 0,
      overdue: 0,
    });
  });

  it("given several communities, then they are listed in a stable order by name", () => {
    const board: StreetBoard = {
      streetId: "s1",
      name: "东风路街道",
      communities: { z: summary("z", "b社区"), a: summary("a", "c社区"), m: summary("m", "a社区") },
      recentContributions: [],
    };
    expect(streetRows(board, "2026-11-23").map((r) => r.communityId)).toEqual(["m", "z", "a"]);
  });
});

describe("the street's totals", () => {
  it("given two communities, then their figures add up, hours exactly and overdue as of today", () => {
    const board: StreetBoard = {
      streetId: "s1",
      name: "东风路街道",
      communities: {
        a: summary("a", "光明社区", { hoursByMonth: { "2026-11": 0.1 } }),
        b: summary("b", "东风社区", { hoursByMonth: { "2026-11": 0.2 }, openDeadlines: ["2026-11-30"] }),
      },
      recentContributions: [],
    };
    expect(streetTotals(board, "2026-11-23")).toEqual({
      communities: 2,
      units: 6,
      signedAgreements: 4,
      commitments: 16,
      fulfilled: 4,
      contributions: 80,
      participants: 240,
      hoursThisMonth: 0.3,
      places: 20,
      claimed: 14,
      overdue: 2,
    });
  });

  it("given no communities, then every total is zero", () => {
    const board: StreetBoard = {
      streetId: "s1",
      name: "东风路街道",
      communities: {},
      recentContributions: [],
    };
    expect(Object.values(streetTotals(board, "2026-11-23")).every((n) => n === 0)).toBe(true);
  });
});
