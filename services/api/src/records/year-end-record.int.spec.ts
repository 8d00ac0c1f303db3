import { describe, expect, it } from "vitest";
import { givenUnit } from "../testing/fixtures.ts";
import { type Client, expectProblem } from "../testing/http.ts";
import { freshId } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("a member's year-end record for their employer (在职党员参与社区活动情况反馈表)", () => {
  const ctx = useTestApi();

  const ok = async (response: Promise<{ status: number; body: unknown }>) => {
    const r = await response;
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
  };

  /** A member of the unit who reported in, served a post and a team this year, and was evaluated. */
  async function givenAYearOfService(api: Client) {
    const { communityId, unitId } = await givenUnit(api);
    const personId = freshId("p");
    const teamId = freshId("t");
    const postId = freshId("post");
    await ok(
      api.post(`/api/communities/${communityId}/people`, {
        personId,
        name: "王建华",
        kind: "party_member",
        partyCategory: "in_service",
        employerUnitId: unitId,
      }),
    );
    await ok(api.post(`/api/people/${personId}/report-in`, { reportedOn: "2025-02-10" }));
    await ok(
      api.post(`/api/communities/${communityId}/teams`, {
        teamId,
        category: "joint_patrol",
        name: "义务联防队",
      }),
    );
    await ok(api.post(`/api/teams/${teamId}/members`, { personId }));
    await ok(
      api.post(`/api/teams/${teamId}/hours`, {
        entryId: "e1",
        personId,
        date: "2025-05-01",
        hours: 3,
        activity: "巡逻",
      }),
    );
    await ok(
      api.post(`/api/teams/${teamId}/hours`, {
        entryId: "e2",
        personId,
        date: "2025-05-02",
        hours: 9,
        activity: "巡逻",
      }),
    );
    await ok(api.post(`/api/teams/${teamId}/hours/e1/approval`, {}));
    await ok(
      api.post(`/api/communities/${communityId}/posts`, {
        postId,
        name: "治安巡逻岗",
        category: "security_patrol",
        places: 2,
        schedule: { kind: "period", from: "2025-01-01", to: "2025-12-31" },
        area: "一区",
      }),
    );
    await ok(api.post(`/api/posts/${postId}/claims`, { claimId: "c1", personId }));
    await ok(
      api.post(`/api/posts/${postId}/claims/c1/duties`, {
        dutyId: "d1",
        date: "2025-06-15",
        checkIn: "08:00",
        checkOut: "09:20",
      }),
    );
    await ok(
      api.post(`/api/people/${personId}/evaluations`, {
        year: 2025,
        grade: "good",
        comment: "按时报到，积极履职",
      }),
    );
    await ctx.testApi.projected();
    return { communityId, unitId, personId, teamId, postId };
  }

  it("given a year of service, then the record lists the post, the approved hours only, and the evaluation, summed exactly", async () => {
    const { personId, unitId, teamId, postId } = await givenAYearOfService(ctx.api);

    const response = await ctx.api.get(`/api/people/${personId}/year-end-record?year=2025`);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      personId,
      employerUnitId: unitId,
      year: 2025,
      reportedOn: "2025-02-10",
      posts: [{ postId, name: "治安巡逻岗", duties: 1, hours: 1.33, released: false }],
      teams: [{ teamId, name: "义务联防队", hours: 3 }],
      postHours: 1.33,
      volunteerHours: 3,
      totalHours: 4.33,
      evaluation: { grade: "good", comment: "按时报到，积极履职" },
    });
  });

  it("given the employer's liaison, the member and another unit's liaison, then the first two may read it and the third may not", async () => {
    const { personId, unitId } = await givenAYearOfService(ctx.api);
    const employer = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]);
    const self = await ctx.testApi.clientWith([{ role: "member", personId }]);
    const stranger = await ctx.testApi.clientWith([
      { role: "unit_liaison", unitId: (await givenUnit(ctx.api)).unitId },
    ]);

    expect((await employer.get(`/api/people/${personId}/year-end-record?year=2025`)).status).toBe(200);
    expect((await self.get(`/api/people/${personId}/year-end-record`)).status).toBe(200);
    expectProblem(await stranger.get(`/api/people/${personId}/year-end-record`), {
      status: 403,
      code: "not_allowed",
    });
    expectProblem(await ctx.api.get(`/api/people/${freshId("ghost")}/year-end-record`), {
      status: 404,
      code: "person_not_found",
    });
  });
});
