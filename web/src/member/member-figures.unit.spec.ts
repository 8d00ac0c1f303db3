import type { MemberClaim, MemberRecord, MemberTeam } from "@cobuild/boards";
import { describe, expect, it } from "vitest";
import { claimsCurrentFirst, hoursSeries, seriesSummary, teamsCurrentFirst } from "./member-figures.ts";

const record = (over: Partial<MemberRecord> = {}): MemberRecord => ({
  personId: "p1",
  communityId: "c1",
  name: "张三",
  kind: "party_member",
  partyCategory: "in_service",
  employerUnitId: null,
  reportedOn: null,
  teams: {},
  hours: { approved: 0, pending: 0, byMonth: {} },
  recentEntries: [],
  claims: {},
  evaluations: {},
  ...over,
});

const team = (teamId: string, over: Partial<MemberTeam> = {}): MemberTeam => ({
  teamId,
  name: teamId,
  joinedOn: "2026-01-01",
  leftOn: null,
  leader: false,
  ...over,
});

const claim = (claimId: string, claimedOn: string, releasedOn: string | null): MemberClaim => ({
  claimId,
  postId: "p",
  postName: "p",
  teamId: null,
  claimedOn,
  releasedOn,
  duties: 0,
  dutyHours: 0,
});

describe("a member's record figures", () => {
  it("given hours in two months, then the year's series ends this month with zeros where nothing was served", () => {
    const series = hoursSeries({ "2026-09": 4.5, "2025-12": 2 }, "2026-11", 12);
    expect(series).toHaveLength(12);
    expect(series[0]).toEqual({ month: "2025-12", hours: 2 });
    expect(series.at(-1)).toEqual({ month: "2026-11", hours: 0 });
    expect(series.find((p) => p.month === "2026-09")?.hours).toBe(4.5);
    expect(series.filter((p) => p.hours === 0)).toHaveLength(10);
  });

  it("given hours dated after this device's month, then the series runs to the latest month with hours", () => {
    expect(hoursSeries({ "2027-01": 1 }, "2026-11", 3).map((p) => p.month)).toEqual([
      "2026-11",
      "2026-12",
      "2027-01",
    ]);
  });

  it("given hours with two decimals, then the total is exact and the busiest month is named", () => {
    const summary = seriesSummary([
      { month: "2026-01", hours: 0.1 },
      { month: "2026-02", hours: 0.2 },
      { month: "2026-03", hours: 0 },
    ]);
    expect(summary).toEqual({ total: 0.3, busiest: { month: "2026-02", hours: 0.2 } });
  });

  it("given no hours at all, then there is no busiest month", () => {
    expect(seriesSummary([{ month: "2026-01", hours: 0 }])).toEqual({ total: 0 });
  });

  it("given a team left, a team served in and a team led, then current teams lead with the led one first", () => {
    const r = record({
      teams: {
        left: team("left", { leftOn: "2026-03-01" }),
        served: team("served"),
        led: team("led", { leader: true }),
      },
    });
    expect(teamsCurrentFirst(r).map((t) => t.teamId)).toEqual(["led", "served", "left"]);
  });

  it("given released and held claims, then held places come first, newest first", () => {
    const r = record({
      claims: {
        old: claim("old", "2026-01-01", null),
        released: claim("released", "2026-06-01", "2026-07-01"),
        recent: claim("recent", "2026-05-01", null),
      },
    });
    expect(claimsCurrentFirst(r).map((c) => c.claimId)).toEqual(["recent", "old", "released"]);
  });
});
