import { describe, expect, it } from "vitest";
import { givenCommunity } from "../testing/fixtures.ts";
import { expectProblem } from "../testing/http.ts";
import { givenPublicCommunity, publicPaths } from "../testing/public-fixtures.ts";
import { freshId } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("the public disclosure site's API (公开栏), without a session", () => {
  const ctx = useTestApi();

  it("given a community with agreements, pledges, decisions, a supermarket and a team, when read without login, then each page answers 200, cacheable for a minute", async () => {
    const { communityId } = await givenPublicCommunity(ctx.testApi, ctx.api);
    const paths = publicPaths(communityId);

    const summary = await ctx.anonymous.get(paths.summary);
    const agreements = await ctx.anonymous.get(paths.agreements);
    const pledges = await ctx.anonymous.get(paths.pledges);
    const decisions = await ctx.anonymous.get(paths.decisions);
    const supermarket = await ctx.anonymous.get(paths.supermarket);
    const teams = await ctx.anonymous.get(paths.teams);

    for (const response of [summary, agreements, pledges, decisions, supermarket, teams]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    }
    expect(summary.body).toMatchObject({
      communityId,
      name: "光明社区",
      street: "测试街道",
      year: "2025",
      units: 1,
      agreements: 1,
      commitments: { total: 2, fulfilled: 0 },
      decisions: { total: 1, open: 1 },
      pledges: { made: 3, struckOff: 1, rate: 0.333 },
    });
    expect(agreements.body).toMatchObject({
      agreements: [
        {
          unitName: "光明小学",
          title: "2025年共驻共建协议书",
          status: "signed",
          commitments: [
            { commitmentId: "trees", description: "植树", target: 200, logged: 20, fulfilledOn: null },
            { commitmentId: "rubbish", target: 0.5, logged: 0 },
          ],
        },
      ],
    });
    const listed = (pledges.body as { pledges: { pledgerLabel: string; unitName: string | null }[] }).pledges;
    expect(listed.map((p) => [p.pledgerLabel, p.unitName]).sort()).toEqual([
      ["李*", "光明小学"],
      ["社区两委", null],
      ["陈建国", null],
    ]);
    expect(pledges.body).toMatchObject({ year: "2025", rate: { made: 3, struckOff: 1 } });
    expect(decisions.body).toMatchObject({
      decisions: [
        { text: "暑期向居民开放学校操场", unitNames: ["光明小学"], deadline: "2025-07-01", doneOn: null },
      ],
    });
    expect(supermarket.body).toMatchObject({
      month: "2025-06",
      thisMonth: { donations: 3, goodsReceived: 103, moneyReceived: 200, handouts: 1, goodsHandedOut: 5 },
      years: [{ year: "2025", donations: 3 }],
    });
    const donors = (
      supermarket.body as { recentDonations: { donorKind: string; donorName: string | null }[] }
    ).recentDonations;
    expect(donors.map((d) => d.donorName).sort()).toEqual(["光明小学", "刘爱心", null].sort());
    expect(JSON.stringify(supermarket.body)).not.toContain("999");
    expect(teams.body).toMatchObject({
      year: "2025",
      teams: [{ name: "义务联防队", category: "joint_patrol", members: 2, hours: 2.5 }],
    });
  });

  it("given a logged-in reader, when they read a public page, then the answer is the same as without login", async () => {
    const communityId = await givenCommunity(ctx.api);
    await ctx.testApi.projected();
    const path = publicPaths(communityId).pledges;

    const anonymous = await ctx.anonymous.get(path);
    const loggedIn = await ctx.api.get(path);

    expect(anonymous.status).toBe(200);
    expect(loggedIn.body).toEqual(anonymous.body);
    expect(anonymous.body).toEqual({
      year: "2025",
      rate: { made: 0, struckOff: 0, rate: null },
      pledges: [],
    });
  });

  it("given an unknown community, when any public page is read, then 404 community_not_found, not cached", async () => {
    for (const path of Object.values(publicPaths(freshId("nowhere")))) {
      const response = await ctx.anonymous.get(path);
      expectProblem(response, { status: 404, code: "community_not_found" });
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("given a public page, when written to, then it is not a route", async () => {
    const communityId = await givenCommunity(ctx.api);
    const response = await ctx.anonymous.post(publicPaths(communityId).pledges, {});
    expect(response.status).toBe(404);
  });
});
