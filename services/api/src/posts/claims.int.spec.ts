import { Id, postStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenCommunity } from "../testing/fixtures.ts";
import { type ApiResponse, bodyField, expectProblem, snapshotOf } from "../testing/http.ts";
import {
  claimsPath,
  dutiesPath,
  dutyBody,
  givenClaim,
  givenPerson,
  givenPost,
  givenTeam,
  postPath,
  releasePath,
} from "../testing/posts-fixtures.ts";
import { freshId } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("posts over HTTP: claims, releases and duty records", () => {
  const ctx = useTestApi();

  /** Sends a command about a post and proves that its refusal wrote nothing anywhere. */
  const refused = async (postId: string, send: () => Promise<ApiResponse>): Promise<ApiResponse> => {
    const snapshot = await snapshotOf(ctx.testApi.store, postStream(postId));
    const response = await send();
    await snapshot.expectUnchanged();
    return response;
  };

  /** A community with an open post of two places. */
  const givenOpenPost = async () => {
    const communityId = await givenCommunity(ctx.api);
    return { communityId, postId: await givenPost(ctx.api, communityId) };
  };

  const placesLeft = async (postId: string) => bodyField(await ctx.api.get(postPath(postId)), "placesLeft");

  describe("claiming", () => {
    it("given an open post, when a resident volunteer's place is claimed, then 201 with the claim id and the post as Location", async () => {
      const { communityId, postId } = await givenOpenPost();
      const personId = await givenPerson(ctx.testApi.store, communityId);
      const claimId = freshId("claim");

      const response = await ctx.api.post(claimsPath(postId), { claimId, personId });

      expect(response.status).toBe(201);
      expect(response.headers.get("location")).toBe(postPath(postId));
      expect(response.body).toEqual({ postId, claimId, revision: 1 });
      const [, claimed] = await ctx.testApi.store.readStream(postStream(postId));
      expect(claimed?.data).toEqual({ postId, communityId, claimId, personId, claimedOn: "2025-06-15" });
      expect(await placesLeft(postId)).toBe(1);
    });

    it("given no claimId and an Idempotency-Key, when the claim is sent twice, then one claim under one derived id", async () => {
      const { communityId, postId } = await givenOpenPost();
      const personId = await givenPerson(ctx.testApi.store, communityId);
      const headers = { "idempotency-key": freshId("key") };

      const first = await ctx.api.post(claimsPath(postId), { personId }, headers);
      const retry = await ctx.api.post(claimsPath(postId), { personId }, headers);

      expect(first.status).toBe(201);
      const claimId = Id.parse(bodyField(first, "claimId"));
      expect(retry.status).toBe(200);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(retry.body).toEqual(first.body);
      const stored = await ctx.testApi.store.readStream(postStream(postId));
      expect(stored.map((e) => [e.type, (e.data as { claimId?: string }).claimId])).toEqual([
        ["PostOpened", undefined],
        ["PlaceClaimed", claimId],
      ]);
    });

    it("given an in-service member who reported in, when they claim for themself, then 201", async () => {
      const { communityId, postId } = await givenOpenPost();
      const personId = await givenPerson(ctx.testApi.store, communityId, {
        inService: true,
        reportedIn: true,
      });
      const response = await ctx.api.post(claimsPath(postId), { personId });
      expect(response.status).toBe(201);
    });

    it("given an in-service member who has not reported in, when they claim for themself, then 409 not_reported_in and nothing is written", async () => {
      const { communityId, postId } = await givenOpenPost();
      const personId = await givenPerson(ctx.testApi.store, communityId, { inService: true });
      const response = await refused(postId, () => ctx.api.post(claimsPath(postId), { personId }));
      expectProblem(response, { status: 409, code: "not_reported_in", field: "personId" });
    });

    it("given a team and someone not on it, when a place is claimed for them through the team, then 409 not_team_member", async () => {
      const { communityId, postId } = await givenOpenPost();
      const teamId = await givenTeam(ctx.testApi.store, communityId, [
        await givenPerson(ctx.testApi.store, communityId),
      ]);
      const outsider = await givenPerson(ctx.testApi.store, communityId);
      const response = await refused(postId, () =>
        ctx.api.post(claimsPath(postId), { personId: outsider, teamId }),
      );
      expectProblem(response, { status: 409, code: "not_team_member", field: "personId" });
    });

    it("given a person holding a place, when another place is claimed for them, then 409 already_claimed", async () => {
      const { communityId, postId } = await givenOpenPost();
      const personId = await givenPerson(ctx.testApi.store, communityId);
      await givenClaim(ctx.api, postId, { personId });
      const response = await refused(postId, () => ctx.api.post(claimsPath(postId), { personId }));
      expectProblem(response, { status: 409, code: "already_claimed", field: "personId" });
    });

    it("given every place taken, when one more is claimed, then 409 post_full and nothing is written", async () => {
      const { communityId, postId } = await givenOpenPost();
      for (let i = 0; i < 2; i++) {
        await givenClaim(ctx.api, postId, { personId: await givenPerson(ctx.testApi.store, communityId) });
      }
      const personId = await givenPerson(ctx.testApi.store, communityId);
      const response = await refused(postId, () => ctx.api.post(claimsPath(postId), { personId }));
      expectProblem(response, { status: 409, code: "post_full" });
    });

    it("given no such person or post, when a place is claimed, then 404 person_not_found or post_not_found", async () => {
      const { postId } = await givenOpenPost();
      const noPerson = await refused(postId, () =>
        ctx.api.post(claimsPath(postId), { personId: freshId("ghost") }),
      );
      expectProblem(noPerson, { status: 404, code: "person_not_found", field: "personId" });
      const missing = freshId("post");
      const noPost = await refused(missing, () => ctx.api.post(claimsPath(missing), { personId: "p-1" }));
      expectProblem(noPost, { status: 404, code: "post_not_found" });
    });
  });

  describe("releasing", () => {
    it("given a claim, when it is released, then 200 and its place is free; releasing again is 409 claim_already_released", async () => {
      const { communityId, postId } = await givenOpenPost();
      const claimId = await givenClaim(ctx.api, postId, {
        personId: await givenPerson(ctx.testApi.store, communityId),
      });

      const response = await ctx.api.post(releasePath(postId, claimId), { reason: "工作调动" });

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ postId, claimId, revision: 2 });
      expect(await placesLeft(postId)).toBe(2);
      const again = await refused(postId, () => ctx.api.post(releasePath(postId, claimId), {}));
      expectProblem(again, { status: 409, code: "claim_already_released", field: "claimId" });
    });

    it("given no such claim, when it is released or a duty recorded, then 404 claim_not_found", async () => {
      const { postId } = await givenOpenPost();
      const release = await refused(postId, () => ctx.api.post(releasePath(postId, "c-none"), {}));
      expectProblem(release, { status: 404, code: "claim_not_found", field: "claimId" });
      const duty = await refused(postId, () => ctx.api.post(dutiesPath(postId, "c-none"), dutyBody()));
      expectProblem(duty, { status: 404, code: "claim_not_found", field: "claimId" });
    });
  });

  describe("recording duties", () => {
    it("given a claim, when a duty is recorded without an id, then 201 with a generated dutyId and the hours worked out", async () => {
      const { communityId, postId } = await givenOpenPost();
      const claimId = await givenClaim(ctx.api, postId, {
        personId: await givenPerson(ctx.testApi.store, communityId),
      });
      const { dutyId: _, ...body } = dutyBody();

      const response = await ctx.api.post(dutiesPath(postId, claimId), body);

      expect(response.status).toBe(201);
      expect(response.headers.get("location")).toBe(postPath(postId));
      const dutyId = Id.parse(bodyField(response, "dutyId"));
      expect(response.body).toEqual({ postId, claimId, dutyId, revision: 2 });
      const read = await ctx.api.get(postPath(postId));
      expect(read.body).toMatchObject({ dutyHours: 2.5, claims: [{ claimId, duties: 1, hours: 2.5 }] });
    });

    it("given check-out before check-in, when a duty is recorded, then 400 check_out_not_after_check_in on checkOut", async () => {
      const { communityId, postId } = await givenOpenPost();
      const claimId = await givenClaim(ctx.api, postId, {
        personId: await givenPerson(ctx.testApi.store, communityId),
      });
      const response = await refused(postId, () =>
        ctx.api.post(dutiesPath(postId, claimId), dutyBody({ checkIn: "21:00", checkOut: "19:00" })),
      );
      const problem = expectProblem(response, { status: 400, code: "invalid_request", field: "checkOut" });
      expect(problem.errors?.[0]?.code).toBe("check_out_not_after_check_in");
    });

    it("given a duty dated before the claim or tomorrow, when recorded, then 400 on date", async () => {
      const { communityId, postId } = await givenOpenPost();
      const claimId = await givenClaim(ctx.api, postId, {
        personId: await givenPerson(ctx.testApi.store, communityId),
      });
      const before = await refused(postId, () =>
        ctx.api.post(dutiesPath(postId, claimId), dutyBody({ date: "2025-06-14" })),
      );
      expectProblem(before, { status: 400, code: "date_outside_period", field: "date" });
      const tomorrow = await refused(postId, () =>
        ctx.api.post(dutiesPath(postId, claimId), dutyBody({ date: "2025-06-16" })),
      );
      expectProblem(tomorrow, { status: 400, code: "date_in_future", field: "date" });
    });

    it("given a released claim, when a duty is recorded, then 409 claim_released", async () => {
      const { communityId, postId } = await givenOpenPost();
      const claimId = await givenClaim(ctx.api, postId, {
        personId: await givenPerson(ctx.testApi.store, communityId),
      });
      expect((await ctx.api.post(releasePath(postId, claimId), {})).status).toBe(200);
      const response = await refused(postId, () => ctx.api.post(dutiesPath(postId, claimId), dutyBody()));
      expectProblem(response, { status: 409, code: "claim_released", field: "claimId" });
    });
  });
});
