import { communityStream, unitStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { communityBody, givenCommunity, givenUnit, unitBody } from "../testing/fixtures.ts";
import { etagRevision, expectProblem, snapshotOf } from "../testing/http.ts";
import { freshId, TEST_STREET } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("registry over HTTP", () => {
  const ctx = useTestApi();

  describe("communities", () => {
    it("given a new community id, when it is registered, then 201 with Location and ETag 0", async () => {
      const body = communityBody();

      const response = await ctx.api.post("/api/communities", body);

      expect(response.status).toBe(201);
      expect(response.headers.get("location")).toBe(`/api/communities/${body.communityId}`);
      expect(response.headers.get("etag")).toBe('"0"');
      expect(response.body).toEqual({ communityId: body.communityId, revision: 0 });
    });

    it("given a registered community, when it is read back, then it is returned with its ETag", async () => {
      const body = communityBody();
      await ctx.api.post("/api/communities", body);

      const response = await ctx.api.get(`/api/communities/${body.communityId}`);

      expect(response.status).toBe(200);
      expect(response.headers.get("etag")).toBe('"0"');
      expect(response.body).toEqual({ ...body, street: "测试街道" });
    });

    it("given a registered community, when it is registered again, then 409 community_already_registered and nothing is written", async () => {
      const communityId = await givenCommunity(ctx.api);
      const snapshot = await snapshotOf(ctx.testApi.store, communityStream(communityId));

      const response = await ctx.api.post(
        "/api/communities",
        communityBody(communityId, { name: "别的社区" }),
      );

      expectProblem(response, { status: 409, code: "community_already_registered" });
      await snapshot.expectUnchanged();
      const readBack = await ctx.api.get(`/api/communities/${communityId}`);
      expect(readBack.body).toMatchObject({ name: "光明社区" });
    });

    it("given no such community, when it is read, then 404 community_not_found", async () => {
      const communityId = freshId("nowhere");

      const response = await ctx.api.get(`/api/communities/${communityId}`);

      expectProblem(response, { status: 404, code: "community_not_found" });
    });

    it("given a body missing its name and with a bad id, when it is posted, then 400 naming both fields and nothing is written", async () => {
      const head = await ctx.testApi.store.headPosition();

      const response = await ctx.api.post("/api/communities", {
        communityId: "有 空格",
        streetId: TEST_STREET,
      });

      const problem = expectProblem(response, { status: 400, code: "invalid_request" });
      expect(problem.errors?.map((e) => e.field).sort()).toEqual(["communityId", "name"]);
      expect(await ctx.testApi.store.headPosition()).toBe(head);
    });
  });

  describe("units", () => {
    it("given a registered community, when a unit is registered in it, then 201 with Location and ETag 0", async () => {
      const communityId = await givenCommunity(ctx.api);
      const body = unitBody();

      const response = await ctx.api.post(`/api/communities/${communityId}/units`, body);

      expect(response.status).toBe(201);
      expect(response.headers.get("location")).toBe(`/api/units/${body.unitId}`);
      expect(etagRevision(response)).toBe(0);
      expect(response.body).toEqual({ unitId: body.unitId, revision: 0 });
    });

    it("given a registered unit, when it is read back, then it carries its community from the path", async () => {
      const { communityId, unitId } = await givenUnit(ctx.api);

      const response = await ctx.api.get(`/api/units/${unitId}`);

      expect(response.status).toBe(200);
      expect(response.headers.get("etag")).toBe('"0"');
      expect(response.body).toEqual({ ...unitBody(unitId), communityId });
    });

    it("given a body naming another community than the URL, when a unit is registered, then 400 path_mismatch and nothing is written", async () => {
      const communityId = await givenCommunity(ctx.api);
      const body = { ...unitBody(), communityId: freshId("elsewhere") };
      const snapshot = await snapshotOf(ctx.testApi.store, unitStream(body.unitId));

      const response = await ctx.api.post(`/api/communities/${communityId}/units`, body);

      const problem = expectProblem(response, { status: 400, code: "invalid_request", field: "communityId" });
      expect(problem.errors?.[0]?.code).toBe("path_mismatch");
      await snapshot.expectUnchanged();
    });

    it("given an unknown community, when a unit is registered in it, then 404 community_not_found on communityId and nothing is written", async () => {
      const communityId = freshId("nowhere");
      const body = unitBody();
      const snapshot = await snapshotOf(ctx.testApi.store, unitStream(body.unitId));

      const response = await ctx.api.post(`/api/communities/${communityId}/units`, body);

      expectProblem(response, { status: 404, code: "community_not_found", field: "communityId" });
      await snapshot.expectUnchanged();
      expect(snapshot.before.revision).toBe(-1);
    });

    it("given a registered unit, when it is registered again, then 409 unit_already_registered and nothing is written", async () => {
      const { communityId, unitId } = await givenUnit(ctx.api);
      const snapshot = await snapshotOf(ctx.testApi.store, unitStream(unitId));

      const response = await ctx.api.post(`/api/communities/${communityId}/units`, unitBody(unitId));

      expectProblem(response, { status: 409, code: "unit_already_registered" });
      await snapshot.expectUnchanged();
    });

    it("given an unknown kind and negative members, when a unit is registered, then 400 naming both fields", async () => {
      const communityId = await givenCommunity(ctx.api);
      const body = unitBody(undefined, { kind: "castle", inServiceMembers: -1 });
      const snapshot = await snapshotOf(ctx.testApi.store, unitStream(body.unitId));

      const response = await ctx.api.post(`/api/communities/${communityId}/units`, body);

      const problem = expectProblem(response, { status: 400, code: "invalid_request" });
      expect(problem.errors?.map((e) => e.field).sort()).toEqual(["inServiceMembers", "kind"]);
      await snapshot.expectUnchanged();
    });

    it("given no such unit, when it is read, then 404 unit_not_found", async () => {
      const response = await ctx.api.get(`/api/units/${freshId("ghost")}`);

      expectProblem(response, { status: 404, code: "unit_not_found" });
    });
  });
});
