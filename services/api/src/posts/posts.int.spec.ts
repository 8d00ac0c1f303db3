import { postStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenCommunity } from "../testing/fixtures.ts";
import { type ApiResponse, etagRevision, expectProblem, snapshotOf } from "../testing/http.ts";
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
import { freshId } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";
import { PostDetail, PostList } from "./view.ts";

describe("posts over HTTP: opening, reading, listing and closing", () => {
  const ctx = useTestApi();

  /** Sends a command about a post and proves that its refusal wrote nothing anywhere. */
  const refused = async (postId: string, send: () => Promise<ApiResponse>): Promise<ApiResponse> => {
    const snapshot = await snapshotOf(ctx.testApi.store, postStream(postId));
    const response = await send();
    await snapshot.expectUnchanged();
    return response;
  };

  describe("opening", () => {
    it("given a community, when staff open a post, then 201 with the post as Location and ETag 0", async () => {
      const communityId = await givenCommunity(ctx.api);
      const body = postBody();

      const response = await ctx.api.post(postsPath(communityId), body);

      expect(response.status).toBe(201);
      expect(response.headers.get("location")).toBe(postPath(body.postId));
      expect(response.headers.get("etag")).toBe('"0"');
      expect(response.body).toEqual({ postId: body.postId, revision: 0 });
    });

    it("given an unknown community, when a post is opened there, then 404 community_not_found and nothing is written", async () => {
      const body = postBody();
      const response = await refused(body.postId, () => ctx.api.post(postsPath(freshId("nowhere")), body));
      expectProblem(response, { status: 404, code: "community_not_found" });
    });

    it("given a period ending before it starts, when a post is opened, then 400 naming schedule.to", async () => {
      const communityId = await givenCommunity(ctx.api);
      const body = postBody({ schedule: { kind: "period", from: "2025-06-01", to: "2025-05-01" } });
      const response = await refused(body.postId, () => ctx.api.post(postsPath(communityId), body));
      const problem = expectProblem(response, { status: 400, code: "invalid_request" });
      expect(problem.errors).toContainEqual(
        expect.objectContaining({ field: "schedule.to", code: "period_end_before_start" }),
      );
    });

    it("given a body naming another community than the URL, when opened, then 400 path_mismatch", async () => {
      const communityId = await givenCommunity(ctx.api);
      const body = postBody({ communityId: "elsewhere" });
      const response = await refused(body.postId, () => ctx.api.post(postsPath(communityId), body));
      expectProblem(response, { status: 400, code: "invalid_request", field: "communityId" });
    });

    it("given an existing post, when it is opened again, then 409 post_already_exists", async () => {
      const communityId = await givenCommunity(ctx.api);
      const postId = await givenPost(ctx.api, communityId);
      const response = await refused(postId, () =>
        ctx.api.post(postsPath(communityId), postBody({ postId })),
      );
      expectProblem(response, { status: 409, code: "post_already_exists" });
    });
  });

  describe("reading", () => {
    it("given claims and a duty, when the post is read, then places left, claimants by name and exact hours", async () => {
      const communityId = await givenCommunity(ctx.api);
      const postId = await givenPost(ctx.api, communityId, { places: 3 });
      const zhao = await givenPerson(ctx.testApi.store, communityId, { name: "赵敏" });
      const li = await givenPerson(ctx.testApi.store, communityId, { name: "李强" });
      const teamId = await givenTeam(ctx.testApi.store, communityId, [li]);
      const selfClaim = await givenClaim(ctx.api, postId, { personId: zhao });
      const teamClaim = await givenClaim(ctx.api, postId, { personId: li, teamId });
      const duty = await ctx.api.post(dutiesPath(postId, teamClaim), dutyBody({ checkOut: "20:20" }));
      expect(duty.status).toBe(201);

      const response = await ctx.api.get(postPath(postId));

      expect(response.status).toBe(200);
      expect(etagRevision(response)).toBe(3);
      expect(PostDetail.parse(response.body)).toEqual({
        postId,
        communityId,
        name: "夏季治安巡逻岗",
        category: "security_patrol",
        description: "夜间巡逻",
        status: "open",
        closedOn: null,
        schedule: { kind: "period", from: "2025-06-01", to: "2025-08-31" },
        area: "光明社区1-5号楼",
        places: 3,
        placesLeft: 1,
        dutyHours: 1.33,
        claims: [
          {
            claimId: selfClaim,
            personId: zhao,
            personName: "赵敏",
            teamId: null,
            claimedOn: "2025-06-15",
            status: "active",
            duties: 0,
            hours: 0,
          },
          {
            claimId: teamClaim,
            personId: li,
            personName: "李强",
            teamId,
            claimedOn: "2025-06-15",
            status: "active",
            duties: 1,
            hours: 1.33,
          },
        ],
      });
    });

    it("given no such post, when it is read, then 404 post_not_found", async () => {
      const response = await ctx.api.get(postPath(freshId("post")));
      expectProblem(response, { status: 404, code: "post_not_found" });
    });

    it("given posts in two communities, when one community's posts are listed, then only its own, by id", async () => {
      const communityId = await givenCommunity(ctx.api);
      const other = await givenCommunity(ctx.api);
      const first = await givenPost(ctx.api, communityId, { postId: `b-${freshId("post")}` });
      const second = await givenPost(ctx.api, communityId, { postId: `a-${freshId("post")}`, places: 5 });
      await givenPost(ctx.api, other);
      await givenClaim(ctx.api, first, { personId: await givenPerson(ctx.testApi.store, communityId) });
      await ctx.testApi.projected();

      const response = await ctx.api.get(postsPath(communityId));

      expect(response.status).toBe(200);
      const list = PostList.parse(response.body);
      expect(list.communityId).toBe(communityId);
      expect(list.posts.map((p) => [p.postId, p.places, p.placesLeft])).toEqual([
        [second, 5, 5],
        [first, 2, 1],
      ]);
    });

    it("given an unknown community, when its posts are listed, then 404 community_not_found", async () => {
      const response = await ctx.api.get(postsPath(freshId("nowhere")));
      expectProblem(response, { status: 404, code: "community_not_found" });
    });
  });

  describe("closing", () => {
    it("given an open post with a claim, when it is closed, then 200, it reads closed and its claim stays", async () => {
      const communityId = await givenCommunity(ctx.api);
      const postId = await givenPost(ctx.api, communityId);
      await givenClaim(ctx.api, postId, { personId: await givenPerson(ctx.testApi.store, communityId) });

      const response = await ctx.api.post(`${postPath(postId)}/closure`, {
        closedOn: "2025-06-15",
        reason: "人员调整",
      });

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ postId, revision: 2 });
      const read = await ctx.api.get(postPath(postId));
      expect(read.body).toMatchObject({ status: "closed", closedOn: "2025-06-15", placesLeft: 1 });
      expect((read.body as { claims: unknown[] }).claims).toHaveLength(1);
    });

    it("given a closed post, when it is closed again or a place is claimed, then 409 post_closed and nothing is written", async () => {
      const communityId = await givenCommunity(ctx.api);
      const postId = await givenPost(ctx.api, communityId);
      const personId = await givenPerson(ctx.testApi.store, communityId);
      const closed = await ctx.api.post(`${postPath(postId)}/closure`, { closedOn: "2025-06-14" });
      expect(closed.status).toBe(200);

      const again = await refused(postId, () =>
        ctx.api.post(`${postPath(postId)}/closure`, { closedOn: "2025-06-15" }),
      );
      expectProblem(again, { status: 409, code: "post_closed" });
      const claim = await refused(postId, () => ctx.api.post(claimsPath(postId), { personId }));
      expectProblem(claim, { status: 409, code: "post_closed" });
    });

    it("given a closing date after today, when the post is closed, then 400 date_in_future", async () => {
      const communityId = await givenCommunity(ctx.api);
      const postId = await givenPost(ctx.api, communityId);
      const response = await refused(postId, () =>
        ctx.api.post(`${postPath(postId)}/closure`, { closedOn: "2025-06-16" }),
      );
      expectProblem(response, { status: 400, code: "date_in_future", field: "closedOn" });
    });

    it("given no such post, when it is closed or released, then 404 post_not_found", async () => {
      const postId = freshId("post");
      const close = await refused(postId, () =>
        ctx.api.post(`${postPath(postId)}/closure`, { closedOn: "2025-06-15" }),
      );
      expectProblem(close, { status: 404, code: "post_not_found" });
      const release = await refused(postId, () => ctx.api.post(releasePath(postId, "c-1"), {}));
      expectProblem(release, { status: 404, code: "post_not_found" });
    });
  });
});
