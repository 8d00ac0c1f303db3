import { agreementStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import {
  agreementPath,
  commitmentsBody,
  draftBody,
  givenCommunity,
  givenDraftAgreement,
  givenSignedAgreement,
  givenUnit,
  signaturePath,
  signBody,
} from "../testing/fixtures.ts";
import { etagRevision, expectProblem, snapshotOf } from "../testing/http.ts";
import { freshId, TODAY } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("agreements over HTTP: drafting and signing", () => {
  const ctx = useTestApi();

  /** Posts a draft for a fresh agreement id and proves the refusal stored nothing. */
  const draftRefused = async (
    overrides: Record<string, unknown>,
    ids?: { communityId: string; unitId: string },
  ) => {
    const agreementId = freshId("agreement");
    const body = draftBody({ agreementId, ...(ids ?? (await givenUnit(ctx.api))) }, overrides);
    const snapshot = await snapshotOf(ctx.testApi.store, agreementStream(agreementId));
    const response = await ctx.api.post("/api/agreements", body);
    await snapshot.expectUnchanged();
    expect(snapshot.before.revision).toBe(-1);
    return response;
  };

  describe("drafting", () => {
    it("given a community and its unit, when an agreement is drafted, then 201 with Location and ETag 0", async () => {
      const ids = { ...(await givenUnit(ctx.api)), agreementId: freshId("agreement") };

      const response = await ctx.api.post("/api/agreements", draftBody(ids));

      expect(response.status).toBe(201);
      expect(response.headers.get("location")).toBe(agreementPath(ids.agreementId));
      expect(response.headers.get("etag")).toBe('"0"');
      expect(response.body).toEqual({ agreementId: ids.agreementId, revision: 0 });
    });

    it("given a drafted agreement, when it is read, then it is a draft with nothing logged and no signature", async () => {
      const ids = await givenDraftAgreement(ctx.api);

      const response = await ctx.api.get(agreementPath(ids.agreementId));

      expect(response.status).toBe(200);
      expect(response.headers.get("etag")).toBe('"0"');
      expect(response.body).toEqual({
        ...draftBody(ids),
        status: "draft",
        signature: null,
        termination: null,
        expiredOn: null,
        commitments: commitmentsBody().map((c) => ({
          ...c,
          logged: 0,
          verified: 0,
          fulfilledOn: null,
          progress: 0,
        })),
        contributions: [],
        progress: 0,
      });
    });

    it("given an unknown unit, when an agreement is drafted for it, then 404 unit_not_found on unitId", async () => {
      const communityId = await givenCommunity(ctx.api);

      const response = await draftRefused({}, { communityId, unitId: freshId("ghost") });

      expectProblem(response, { status: 404, code: "unit_not_found", field: "unitId" });
    });

    it("given a unit of another community, when an agreement is drafted, then 409 unit_not_in_community on communityId", async () => {
      const { unitId } = await givenUnit(ctx.api);
      const otherCommunityId = await givenCommunity(ctx.api);

      const response = await draftRefused({}, { communityId: otherCommunityId, unitId });

      expectProblem(response, { status: 409, code: "unit_not_in_community", field: "communityId" });
    });

    it("given a drafted agreement, when the same id is drafted again, then 409 agreement_already_exists and nothing is written", async () => {
      const ids = await givenDraftAgreement(ctx.api);
      const snapshot = await snapshotOf(ctx.testApi.store, agreementStream(ids.agreementId));

      const response = await ctx.api.post("/api/agreements", draftBody(ids, { title: "另一份协议" }));

      expectProblem(response, { status: 409, code: "agreement_already_exists" });
      await snapshot.expectUnchanged();
    });

    it.each([
      ["before", "2024-12-31"],
      ["on", "2025-01-01"],
    ])(
      "given a term end %s its start, when drafted, then 400 term_end_not_after_start on termEnd",
      async (_, termEnd) => {
        const response = await draftRefused({ termEnd });

        const problem = expectProblem(response, { status: 400, code: "invalid_request", field: "termEnd" });
        expect(problem.errors?.[0]?.code).toBe("term_end_not_after_start");
      },
    );

    it("given a due date after the term, when drafted, then 400 due_date_outside_term on commitments.0.dueDate", async () => {
      const [trees, rubbish] = commitmentsBody();

      const response = await draftRefused({ commitments: [{ ...trees, dueDate: "2026-01-01" }, rubbish] });

      const problem = expectProblem(response, {
        status: 400,
        code: "invalid_request",
        field: "commitments.0.dueDate",
      });
      expect(problem.errors).toEqual([expect.objectContaining({ code: "due_date_outside_term" })]);
    });

    it("given two commitments with one id, when drafted, then 400 duplicate_commitment_id on the second", async () => {
      const [trees, rubbish] = commitmentsBody();

      const response = await draftRefused({ commitments: [trees, { ...rubbish, commitmentId: "trees" }] });

      const problem = expectProblem(response, {
        status: 400,
        code: "invalid_request",
        field: "commitments.1.commitmentId",
      });
      expect(problem.errors).toEqual([expect.objectContaining({ code: "duplicate_commitment_id" })]);
    });
  });

  describe("signing", () => {
    it("given a draft, when it is signed, then 200 and the ETag moves to 1", async () => {
      const ids = await givenDraftAgreement(ctx.api);

      const response = await ctx.api.post(signaturePath(ids.agreementId), signBody());

      expect(response.status).toBe(200);
      expect(response.headers.get("etag")).toBe('"1"');
      expect(response.body).toEqual({ agreementId: ids.agreementId, revision: 1 });
      const readBack = await ctx.api.get(agreementPath(ids.agreementId));
      expect(etagRevision(readBack)).toBe(1);
      expect(readBack.body).toMatchObject({ status: "signed", signature: signBody() });
    });

    it("given a draft, when it is signed today, then it is accepted", async () => {
      const ids = await givenDraftAgreement(ctx.api);

      const response = await ctx.api.post(signaturePath(ids.agreementId), signBody({ signedOn: TODAY }));

      expect(response.status).toBe(200);
    });

    it("given a signed agreement, when it is signed again, then 409 agreement_already_signed and nothing is written", async () => {
      const ids = await givenSignedAgreement(ctx.api);
      const snapshot = await snapshotOf(ctx.testApi.store, agreementStream(ids.agreementId));

      const response = await ctx.api.post(signaturePath(ids.agreementId), signBody());

      expectProblem(response, { status: 409, code: "agreement_already_signed" });
      await snapshot.expectUnchanged();
    });

    it("given a draft, when it is signed tomorrow, then 400 date_in_future on signedOn and nothing is written", async () => {
      const ids = await givenDraftAgreement(ctx.api);
      const snapshot = await snapshotOf(ctx.testApi.store, agreementStream(ids.agreementId));

      const response = await ctx.api.post(
        signaturePath(ids.agreementId),
        signBody({ signedOn: "2025-06-16" }),
      );

      expectProblem(response, { status: 400, code: "date_in_future", field: "signedOn" });
      await snapshot.expectUnchanged();
    });

    it("given a draft whose term is over, when it is signed after the term, then 400 term_already_over", async () => {
      const ids = { ...(await givenUnit(ctx.api)), agreementId: freshId("agreement") };
      const [trees] = commitmentsBody();
      const draft = draftBody(ids, {
        termEnd: "2025-03-31",
        commitments: [{ ...trees, dueDate: "2025-03-31" }],
      });
      expect((await ctx.api.post("/api/agreements", draft)).status).toBe(201);
      const snapshot = await snapshotOf(ctx.testApi.store, agreementStream(ids.agreementId));

      const response = await ctx.api.post(
        signaturePath(ids.agreementId),
        signBody({ signedOn: "2025-04-01" }),
      );

      expectProblem(response, { status: 400, code: "term_already_over", field: "signedOn" });
      await snapshot.expectUnchanged();
    });

    it("given no such agreement, when it is signed, then 404 agreement_not_found and no stream appears", async () => {
      const agreementId = freshId("agreement");
      const snapshot = await snapshotOf(ctx.testApi.store, agreementStream(agreementId));

      const response = await ctx.api.post(signaturePath(agreementId), signBody());

      expectProblem(response, { status: 404, code: "agreement_not_found" });
      await snapshot.expectUnchanged();
    });

    it("given a signature without signatories, when posted, then 400 naming both fields", async () => {
      const ids = await givenDraftAgreement(ctx.api);

      const response = await ctx.api.post(signaturePath(ids.agreementId), { signedOn: "2025-01-10" });

      const problem = expectProblem(response, { status: 400, code: "invalid_request" });
      expect(problem.errors?.map((e) => e.field).sort()).toEqual(["communitySignatory", "unitSignatory"]);
    });

    it("given no such agreement, when it is read, then 404 agreement_not_found", async () => {
      const response = await ctx.api.get(agreementPath(freshId("agreement")));

      expectProblem(response, { status: 404, code: "agreement_not_found" });
    });
  });
});
