import { agreementStream, Id } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import {
  agreementPath,
  contributionBody,
  contributionsPath,
  givenDraftAgreement,
  givenSignedAgreement,
} from "../testing/fixtures.ts";
import { type ApiResponse, bodyField, etagRevision, expectProblem, snapshotOf } from "../testing/http.ts";
import { freshId, TODAY } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("agreements over HTTP: logging contributions", () => {
  const ctx = useTestApi();

  /** Logs against an agreement and proves that the refusal wrote nothing. */
  const logRefused = async (agreementId: string, body: Record<string, unknown>): Promise<ApiResponse> => {
    const snapshot = await snapshotOf(ctx.testApi.store, agreementStream(agreementId));
    const response = await ctx.api.post(contributionsPath(agreementId), body);
    await snapshot.expectUnchanged();
    return response;
  };

  describe("accepted", () => {
    it("given a signed agreement, when a contribution is logged, then 201 with its id, the agreement as Location and the next ETag", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      const body = contributionBody();

      const response = await ctx.api.post(contributionsPath(agreementId), body);

      expect(response.status).toBe(201);
      expect(response.headers.get("etag")).toBe('"2"');
      expect(response.headers.get("location")).toBe(agreementPath(agreementId));
      expect(response.body).toEqual({ agreementId, contributionId: body.contributionId, revision: 2 });
    });

    it("given a body without a contributionId, when it is logged, then the server generates a valid one", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      const { contributionId: _, ...body } = contributionBody();

      const response = await ctx.api.post(contributionsPath(agreementId), body);

      expect(response.status).toBe(201);
      const contributionId = Id.parse(bodyField(response, "contributionId"));
      expect(response.headers.get("location")).toBe(agreementPath(agreementId));
      const stored = await ctx.testApi.store.readStream(agreementStream(agreementId));
      expect(stored.at(-1)?.data).toMatchObject({ contributionId, quantity: body.quantity });
    });

    it("given only the required fields, when logged, then participants and note default and the date may be today", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);

      const response = await ctx.api.post(contributionsPath(agreementId), {
        commitmentId: "rubbish",
        quantity: 0.25,
        date: TODAY,
      });

      expect(response.status).toBe(201);
      const stored = await ctx.testApi.store.readStream(agreementStream(agreementId));
      expect(stored.at(-1)?.data).toMatchObject({ participants: 0, note: "", date: TODAY });
    });

    it("given contributions to both commitments, when the agreement is read, then logged is exact and progress waits for verification", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      const contributionIds: string[] = [];
      for (const [commitmentId, quantity] of [
        ["trees", 20],
        ["trees", 30.1],
        ["rubbish", 0.1],
        ["rubbish", 0.15],
      ] as const) {
        const response = await ctx.api.post(
          contributionsPath(agreementId),
          contributionBody({ commitmentId, quantity }),
        );
        expect(response.status).toBe(201);
        contributionIds.push(String(bodyField(response, "contributionId")));
      }

      const logged = await ctx.api.get(agreementPath(agreementId));
      expect(etagRevision(logged)).toBe(5);
      expect(logged.body).toMatchObject({
        status: "signed",
        commitments: [
          { commitmentId: "trees", logged: 50.1, verified: 0, progress: 0 },
          { commitmentId: "rubbish", logged: 0.25, verified: 0, progress: 0 },
        ],
        progress: 0,
      });

      for (const contributionId of contributionIds) {
        const verified = await ctx.api.post(
          `${contributionsPath(agreementId)}/${contributionId}/verification`,
          {},
        );
        expect(verified.status).toBe(200);
      }
      const response = await ctx.api.get(agreementPath(agreementId));
      expect(response.body).toMatchObject({
        commitments: [
          { commitmentId: "trees", logged: 50.1, verified: 50.1, progress: 5010 / 20000, fulfilledOn: null },
          { commitmentId: "rubbish", logged: 0.25, verified: 0.25, progress: 0.5, fulfilledOn: null },
        ],
        progress: (5010 / 20000 + 0.5) / 2,
      });
    });

    it("given a quantity far beyond what the commitment has left, when logged without confirmation, then 400 on the quantity and nothing is written; confirmed, it is logged as entered", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      const head = await ctx.testApi.store.headPosition();
      const body = contributionBody({ quantity: 10_000_000 });

      const refused = await ctx.api.post(contributionsPath(agreementId), body);

      const problem = expectProblem(refused, { status: 400, code: "quantity_implausible" });
      expect(problem.errors).toEqual([
        expect.objectContaining({ field: "quantity", code: "quantity_implausible" }),
      ]);
      expect(await ctx.testApi.store.headPosition()).toBe(head);
      const confirmed = await ctx.api.post(contributionsPath(agreementId), { ...body, confirmed: true });
      expect(confirmed.status).toBe(201);
      const stored = (await ctx.testApi.store.readStream(`agreement-${agreementId}`)).at(-1);
      expect(stored?.data).toMatchObject({ quantity: 10_000_000 });
      expect(stored?.data).not.toHaveProperty("confirmed");
    });

    it("given a commitment done more than promised and verified, when read, then its progress stops at 1 and it is struck off", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      const logged = await ctx.api.post(
        contributionsPath(agreementId),
        // Three times the target: the liaison confirmed it when warned.
        contributionBody({ commitmentId: "rubbish", quantity: 3, confirmed: true }),
      );
      await ctx.api.post(
        `${contributionsPath(agreementId)}/${bodyField(logged, "contributionId")}/verification`,
        {},
      );

      const response = await ctx.api.get(agreementPath(agreementId));

      expect(response.body).toMatchObject({
        commitments: [
          { logged: 0, progress: 0 },
          { logged: 3, verified: 3, progress: 1, fulfilledOn: "2025-06-15" },
        ],
        progress: 0.5,
      });
    });
  });

  describe("refused", () => {
    it("given a draft agreement, when a contribution is logged, then 409 agreement_not_active", async () => {
      const { agreementId } = await givenDraftAgreement(ctx.api);

      const response = await logRefused(agreementId, contributionBody());

      expectProblem(response, { status: 409, code: "agreement_not_active" });
    });

    it("given no such agreement, when a contribution is logged, then 404 agreement_not_found", async () => {
      const response = await logRefused(freshId("agreement"), contributionBody());

      expectProblem(response, { status: 404, code: "agreement_not_found" });
    });

    it("given an unknown commitment, when a contribution is logged, then 404 commitment_not_found on commitmentId", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);

      const response = await logRefused(agreementId, contributionBody({ commitmentId: "bridges" }));

      expectProblem(response, { status: 404, code: "commitment_not_found", field: "commitmentId" });
    });

    it.each([
      ["zero", 0, "too_small"],
      ["negative", -5, "too_small"],
      ["three decimals", 1.005, "too_many_decimals"],
      ["a string", "5", "invalid_type"],
      ["huge", 10_000_001, "too_big"],
    ])("given a quantity that is %s, when it is logged, then 400 on quantity", async (_, quantity, code) => {
      const { agreementId } = await givenSignedAgreement(ctx.api);

      const response = await logRefused(agreementId, contributionBody({ quantity }));

      const problem = expectProblem(response, { status: 400, code: "invalid_request", field: "quantity" });
      expect(problem.errors).toEqual([expect.objectContaining({ field: "quantity", code })]);
    });

    it("given tomorrow's date, when a contribution is logged, then 400 date_in_future on date", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);

      const response = await logRefused(agreementId, contributionBody({ date: "2025-06-16" }));

      expectProblem(response, { status: 400, code: "date_in_future", field: "date" });
    });

    it("given a date before the term, when a contribution is logged, then 400 date_outside_term on date", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);

      const response = await logRefused(agreementId, contributionBody({ date: "2024-12-31" }));

      expectProblem(response, { status: 400, code: "date_outside_term", field: "date" });
    });

    it("given a date that is not a calendar date, when a contribution is logged, then 400 on date", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);

      const response = await logRefused(agreementId, contributionBody({ date: "2025-02-30" }));

      expectProblem(response, { status: 400, code: "invalid_request", field: "date" });
    });

    it("given a logged contribution, when its id is logged again, then 409 contribution_already_logged on contributionId", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      const first = contributionBody();
      expect((await ctx.api.post(contributionsPath(agreementId), first)).status).toBe(201);

      const response = await logRefused(agreementId, { ...first, quantity: 1 });

      expectProblem(response, { status: 409, code: "contribution_already_logged", field: "contributionId" });
      const read = await ctx.api.get(agreementPath(agreementId));
      expect(read.body).toMatchObject({ commitments: [{ logged: first.quantity }, { logged: 0 }] });
    });

    it("given negative participants and an over-long note, when logged, then 400 naming both fields", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);

      const response = await logRefused(
        agreementId,
        contributionBody({ participants: -1, note: "长".repeat(501) }),
      );

      const problem = expectProblem(response, { status: 400, code: "invalid_request" });
      expect(problem.errors?.map((e) => e.field).sort()).toEqual(["note", "participants"]);
    });
  });
});
