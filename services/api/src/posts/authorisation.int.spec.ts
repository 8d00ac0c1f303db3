import { postStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenCommunity } from "../testing/fixtures.ts";
import { type ApiResponse, expectProblem, snapshotOf } from "../testing/http.ts";
import {
  claimsPath,
  dutiesPath,
  dutyBody,
  givenClaim,
  givenPerson,
  givenPost,
  givenTeam,
  postBody,
  postPath,
  postsPath,
  releasePath,
} from "../testing/posts-fixtures.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("posts over HTTP: who may do what", () => {
  const ctx = useTestApi();

  /** Sends a command about a post and proves that its refusal wrote nothing anywhere. */
  const refused = async (postId: string, send: () => Promise<ApiResponse>): Promise<ApiResponse> => {
    const snapshot = await snapshotOf(ctx.testApi.store, postStream(postId));
    const response = await send();
    await snapshot.expectUnchanged();
    return response;
  };
  const expectForbidden = (response: ApiResponse) =>
    expectProblem(response, { status: 403, code: "not_allowed" });

  /**
   * A community with an open post, a patrol team led by `leader` with `member` on it, a second team
   * with `otherMember`, and `outsider`, on no team.
   */
  const givenWorld = async () => {
    const { store } = ctx.testApi;
    const communityId = await givenCommunity(ctx.api);
    const postId = await givenPost(ctx.api, communityId);
    const leader = await givenPerson(store, communityId);
    const member = await givenPerson(store, communityId);
    const otherMember = await givenPerson(store, communityId);
    const outsider = await givenPerson(store, communityId);
    const teamId = await givenTeam(store, communityId, [leader, member]);
    const otherTeamId = await givenTeam(store, communityId, [otherMember]);
    return { communityId, postId, teamId, otherTeamId, leader, member, otherMember, outsider };
  };

  describe("without a session", () => {
    it("given no session, when a post is read or a place claimed, then 401 login_required", async () => {
      const { postId, member } = await givenWorld();
      expectProblem(await ctx.anonymous.get(postPath(postId)), { status: 401, code: "login_required" });
      const claim = await refused(postId, () => ctx.anonymous.post(claimsPath(postId), { personId: member }));
      expectProblem(claim, { status: 401, code: "login_required" });
    });
  });

  describe("community staff", () => {
    it("given staff of the community, when they open and close a post, then both succeed", async () => {
      const communityId = await givenCommunity(ctx.api);
      const staff = await ctx.testApi.clientWith([{ role: "community_staff", communityId }]);
      const body = postBody();
      expect((await staff.post(postsPath(communityId), body)).status).toBe(201);
      const closed = await staff.post(`${postPath(body.postId)}/closure`, { closedOn: "2025-06-15" });
      expect(closed.status).toBe(200);
    });

    it("given staff of another community, when they open, read, list or close its posts, then 403", async () => {
      const { communityId, postId } = await givenWorld();
      const staff = await ctx.testApi.clientWith([
        { role: "community_staff", communityId: await givenCommunity(ctx.api) },
      ]);
      const body = postBody();
      expectForbidden(await refused(body.postId, () => staff.post(postsPath(communityId), body)));
      expectForbidden(await staff.get(postPath(postId)));
      expectForbidden(await staff.get(postsPath(communityId)));
      expectForbidden(
        await refused(postId, () => staff.post(`${postPath(postId)}/closure`, { closedOn: "2025-06-15" })),
      );
    });
  });

  describe("team leaders", () => {
    it("given a leader, when they claim for a member of their own team, then 201", async () => {
      const { postId, teamId, member } = await givenWorld();
      const leader = await ctx.testApi.clientWith([{ role: "team_leader", teamId }]);
      const response = await leader.post(claimsPath(postId), { personId: member, teamId });
      expect(response.status).toBe(201);
    });

    it("given a leader, when they claim through their team for someone not on it, then 409 not_team_member", async () => {
      const { postId, teamId, outsider } = await givenWorld();
      const leader = await ctx.testApi.clientWith([{ role: "team_leader", teamId }]);
      const response = await refused(postId, () =>
        leader.post(claimsPath(postId), { personId: outsider, teamId }),
      );
      expectProblem(response, { status: 409, code: "not_team_member", field: "personId" });
    });

    it("given a leader, when they claim for another team's member, through that team or naming no team, then 403", async () => {
      const { postId, teamId, otherTeamId, otherMember } = await givenWorld();
      const leader = await ctx.testApi.clientWith([{ role: "team_leader", teamId }]);
      expectForbidden(
        await refused(postId, () =>
          leader.post(claimsPath(postId), { personId: otherMember, teamId: otherTeamId }),
        ),
      );
      expectForbidden(
        await refused(postId, () => leader.post(claimsPath(postId), { personId: otherMember })),
      );
    });

    it("given a claim made through a team, when its leader releases it, then 200; another team's leader gets 403", async () => {
      const { postId, teamId, otherTeamId, member } = await givenWorld();
      const claimId = await givenClaim(ctx.api, postId, { personId: member, teamId });
      const otherLeader = await ctx.testApi.clientWith([{ role: "team_leader", teamId: otherTeamId }]);
      expectForbidden(await refused(postId, () => otherLeader.post(releasePath(postId, claimId), {})));
      const leader = await ctx.testApi.clientWith([{ role: "team_leader", teamId }]);
      expect((await leader.post(releasePath(postId, claimId), {})).status).toBe(200);
    });
  });

  describe("members", () => {
    it("given a member, when they claim for themself, record a duty and release, then all succeed", async () => {
      const { postId, outsider } = await givenWorld();
      const me = await ctx.testApi.clientWith([{ role: "member", personId: outsider }]);

      const claim = await me.post(claimsPath(postId), { personId: outsider });
      expect(claim.status).toBe(201);
      const { claimId } = claim.body as { claimId: string };
      expect((await me.post(dutiesPath(postId, claimId), dutyBody())).status).toBe(201);
      expect((await me.post(releasePath(postId, claimId), {})).status).toBe(200);
      expect((await me.get(postPath(postId))).status).toBe(200);
    });

    it("given a member, when they claim for someone else, then 403 and nothing is written", async () => {
      const { postId, outsider, member } = await givenWorld();
      const me = await ctx.testApi.clientWith([{ role: "member", personId: outsider }]);
      expectForbidden(await refused(postId, () => me.post(claimsPath(postId), { personId: member })));
    });

    it("given a member on a team, when they claim for themself through the team as a leader would, then 403", async () => {
      const { postId, teamId, member } = await givenWorld();
      const me = await ctx.testApi.clientWith([{ role: "member", personId: member }]);
      expectForbidden(await refused(postId, () => me.post(claimsPath(postId), { personId: member, teamId })));
    });

    it("given someone else's claim, when a member releases it or records a duty on it, then 403", async () => {
      const { postId, member, outsider } = await givenWorld();
      const claimId = await givenClaim(ctx.api, postId, { personId: member });
      const me = await ctx.testApi.clientWith([{ role: "member", personId: outsider }]);
      expectForbidden(await refused(postId, () => me.post(releasePath(postId, claimId), {})));
      expectForbidden(await refused(postId, () => me.post(dutiesPath(postId, claimId), dutyBody())));
    });

    it("given a member of another community, when they read this community's post or list its posts, then 403", async () => {
      const { communityId, postId } = await givenWorld();
      const stranger = await givenPerson(ctx.testApi.store, await givenCommunity(ctx.api));
      const them = await ctx.testApi.clientWith([{ role: "member", personId: stranger }]);
      expectForbidden(await them.get(postPath(postId)));
      expectForbidden(await them.get(postsPath(communityId)));
    });
  });
});
