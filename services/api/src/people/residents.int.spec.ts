import { residentStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenCommunity } from "../testing/fixtures.ts";
import { type Client, etagRevision, expectProblem, snapshotOf } from "../testing/http.ts";
import {
  approvalPath,
  givenApprovedResident,
  givenResident,
  residentBody,
  residentPath,
  residentsPath,
  revokePath,
} from "../testing/people-steps.ts";
import { freshId } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("residents in need over HTTP", () => {
  const ctx = useTestApi();

  /** Sends a command about a resident and proves the refusal stored nothing anywhere. */
  const refused = async (residentId: string, send: () => ReturnType<Client["post"]>) => {
    const snapshot = await snapshotOf(ctx.testApi.store, residentStream(residentId));
    const response = await send();
    await snapshot.expectUnchanged();
    return response;
  };

  describe("registering and reading", () => {
    it("given a community, when a resident in need is registered, then 201 with Location and ETag 0, and staff read the whole record, pending", async () => {
      const communityId = await givenCommunity(ctx.api);
      const body = residentBody();

      const response = await ctx.api.post(residentsPath(communityId), body);

      expect(response.status).toBe(201);
      expect(response.headers.get("location")).toBe(residentPath(body.residentId));
      expect(response.body).toEqual({ residentId: body.residentId, revision: 0 });
      const readBack = await ctx.api.get(residentPath(body.residentId));
      expect(etagRevision(readBack)).toBe(0);
      expect(readBack.body).toEqual({
        ...body,
        communityId,
        status: "pending",
        approved: false,
        approvedOn: null,
        revocation: null,
      });
    });

    it("given a body without note or address, when registered, then the note is empty and the address null", async () => {
      const communityId = await givenCommunity(ctx.api);
      const residentId = await givenResident(
        ctx.api,
        communityId,
        residentBody(undefined, { address: undefined, note: undefined }),
      );

      const response = await ctx.api.get(residentPath(residentId));

      expect(response.body).toMatchObject({ address: null, note: "" });
    });

    it("given an unknown category and a household of 0, when registered, then 400 naming both and nothing is written", async () => {
      const communityId = await givenCommunity(ctx.api);
      const body = residentBody(undefined, { category: "rich", householdSize: 0 });

      const response = await refused(body.residentId, () => ctx.api.post(residentsPath(communityId), body));

      const problem = expectProblem(response, { status: 400, code: "invalid_request" });
      expect(problem.errors?.map((e) => e.field).sort()).toEqual(["category", "householdSize"]);
    });

    it("given an unknown community, when a resident is registered in it, then 404 community_not_found on communityId", async () => {
      const body = residentBody();

      const response = await refused(body.residentId, () =>
        ctx.api.post(residentsPath(freshId("nowhere")), body),
      );

      expectProblem(response, { status: 404, code: "community_not_found", field: "communityId" });
    });

    it("given a registered resident, when the id is registered again, then 409 resident_already_registered and nothing is written", async () => {
      const communityId = await givenCommunity(ctx.api);
      const residentId = await givenResident(ctx.api, communityId);

      const response = await refused(residentId, () =>
        ctx.api.post(residentsPath(communityId), residentBody(residentId, { name: "别人" })),
      );

      expectProblem(response, { status: 409, code: "resident_already_registered" });
    });

    it("given no such resident, when read or approved, then 404 resident_not_found", async () => {
      const residentId = freshId("ghost");

      const read = await ctx.api.get(residentPath(residentId));
      const approved = await refused(residentId, () =>
        ctx.api.post(approvalPath(residentId), { approvedOn: "2025-06-01" }),
      );

      expectProblem(read, { status: 404, code: "resident_not_found" });
      expectProblem(approved, { status: 404, code: "resident_not_found" });
    });
  });

  describe("approval", () => {
    it("given a pending resident, when approved, revoked and approved again, then 200 each and the record follows", async () => {
      const communityId = await givenCommunity(ctx.api);
      const residentId = await givenResident(ctx.api, communityId);

      const approved = await ctx.api.post(approvalPath(residentId), { approvedOn: "2025-05-01" });
      expect(approved.status).toBe(200);
      expect(approved.body).toEqual({ residentId, revision: 1 });
      expect((await ctx.api.get(residentPath(residentId))).body).toMatchObject({
        status: "approved",
        approved: true,
        approvedOn: "2025-05-01",
      });

      const revoked = await ctx.api.post(revokePath(residentId), {
        revokedOn: "2025-06-01",
        reason: "已脱离低保",
      });
      expect(revoked.status).toBe(200);
      expect(etagRevision(revoked)).toBe(2);
      expect((await ctx.api.get(residentPath(residentId))).body).toMatchObject({
        status: "revoked",
        approved: false,
        approvedOn: null,
        revocation: { revokedOn: "2025-06-01", reason: "已脱离低保" },
      });

      const again = await ctx.api.post(approvalPath(residentId), { approvedOn: "2025-06-10" });
      expect(again.status).toBe(200);
      expect(etagRevision(again)).toBe(3);
    });

    it("given an approved resident, when approved again, then 409 resident_already_approved and nothing is written", async () => {
      const communityId = await givenCommunity(ctx.api);
      const residentId = await givenApprovedResident(ctx.api, communityId);

      const response = await refused(residentId, () =>
        ctx.api.post(approvalPath(residentId), { approvedOn: "2025-06-02" }),
      );

      expectProblem(response, { status: 409, code: "resident_already_approved" });
    });

    it("given a pending resident, when the approval is revoked, then 409 resident_not_approved and nothing is written", async () => {
      const communityId = await givenCommunity(ctx.api);
      const residentId = await givenResident(ctx.api, communityId);

      const response = await refused(residentId, () =>
        ctx.api.post(revokePath(residentId), { revokedOn: "2025-06-02", reason: "搬走了" }),
      );

      expectProblem(response, { status: 409, code: "resident_not_approved" });
    });

    it("given tomorrow's date, when approved, then 400 date_in_future on approvedOn", async () => {
      const communityId = await givenCommunity(ctx.api);
      const residentId = await givenResident(ctx.api, communityId);

      const response = await refused(residentId, () =>
        ctx.api.post(approvalPath(residentId), { approvedOn: "2025-06-16" }),
      );

      expectProblem(response, { status: 400, code: "date_in_future", field: "approvedOn" });
    });

    it("given an approved resident, when revoked without a reason, then 400 invalid_request on reason", async () => {
      const communityId = await givenCommunity(ctx.api);
      const residentId = await givenApprovedResident(ctx.api, communityId);

      const response = await refused(residentId, () =>
        ctx.api.post(revokePath(residentId), { revokedOn: "2025-06-02" }),
      );

      expectProblem(response, { status: 400, code: "invalid_request", field: "reason" });
    });
  });

  describe("what a supermarket keeper sees", () => {
    it("given residents pending and approved, when a keeper lists them, then each by name with category, household size and approval only", async () => {
      const communityId = await givenCommunity(ctx.api);
      const zhao = await givenApprovedResident(ctx.api, communityId);
      const chen = await givenResident(
        ctx.api,
        communityId,
        residentBody(undefined, { name: "陈阿姨", category: "minimum_livelihood", householdSize: 3 }),
      );
      await ctx.testApi.projected();
      const keeper = await ctx.testApi.clientWith([{ role: "supermarket_keeper", communityId }]);

      const response = await keeper.get(residentsPath(communityId));

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        communityId,
        residents: [
          {
            residentId: chen,
            name: "陈阿姨",
            category: "minimum_livelihood",
            householdSize: 3,
            approved: false,
          },
          { residentId: zhao, name: "赵大爷", category: "elderly_alone", householdSize: 1, approved: true },
        ],
      });
    });

    it("given a resident with an address and a note, when a keeper reads them, then neither is shown", async () => {
      const communityId = await givenCommunity(ctx.api);
      const residentId = await givenApprovedResident(ctx.api, communityId);
      const keeper = await ctx.testApi.clientWith([{ role: "supermarket_keeper", communityId }]);

      const response = await keeper.get(residentPath(residentId));

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        residentId,
        name: "赵大爷",
        category: "elderly_alone",
        householdSize: 1,
        approved: true,
      });
    });
  });
});
