import { agreementStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import {
  agreementPath,
  commitmentsBody,
  contributionBody,
  contributionsPath,
  draftBody,
  givenDraftAgreement,
  givenSignedAgreement,
  unitBody,
} from "../testing/fixtures.ts";
import { bodyField, type Client, expectProblem, snapshotOf } from "../testing/http.ts";
import { freshId, startTestApi, TEST_ADMIN } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

const contributionPath = (agreementId: string, contributionId: string, action: string) =>
  `${contributionsPath(agreementId)}/${contributionId}/${action}`;

describe("an agreement's life after drafting, over HTTP", () => {
  const ctx = useTestApi();

  const logged = async (api: Client, agreementId: string, overrides: Record<string, unknown> = {}) => {
    const response = await api.post(contributionsPath(agreementId), contributionBody(overrides));
    expect(response.status).toBe(201);
    return String(bodyField(response, "contributionId"));
  };

  describe("amending a draft", () => {
    it("given a draft, when amended, then its commitments are replaced as a whole", async () => {
      const { agreementId } = await givenDraftAgreement(ctx.api);
      const [trees] = commitmentsBody();

      const response = await ctx.api.post(`${agreementPath(agreementId)}/amendment`, {
        title: "2025年共驻共建协议书（修订）",
        termStart: "2025-01-01",
        termEnd: "2025-12-31",
        commitments: [{ ...trees, targetQuantity: 300 }],
      });

      expect(response.status).toBe(200);
      const read = await ctx.api.get(agreementPath(agreementId));
      expect(read.body).toMatchObject({
        title: "2025年共驻共建协议书（修订）",
        commitments: [{ commitmentId: "trees", targetQuantity: 300 }],
      });
    });

    it("given a signed agreement, when amended, then 409 agreement_already_signed and nothing is written", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      const snapshot = await snapshotOf(ctx.testApi.store, agreementStream(agreementId));

      const response = await ctx.api.post(`${agreementPath(agreementId)}/amendment`, {
        title: "x",
        termStart: "2025-01-01",
        termEnd: "2025-12-31",
        commitments: commitmentsBody(),
      });

      expectProblem(response, { status: 409, code: "agreement_already_signed" });
      await snapshot.expectUnchanged();
    });
  });

  describe("signing at a joint meeting", () => {
    it("given a meeting of the community, when signed at it on its date, then the signature names the meeting; a meeting elsewhere is refused", async () => {
      const { agreementId, communityId } = await givenDraftAgreement(ctx.api);
      const meetingId = freshId("m");
      const meeting = await ctx.api.post(`/api/communities/${communityId}/meetings`, {
        meetingId,
        title: "第一季度党建联席会议",
        date: "2025-01-10",
        place: "党群服务中心",
        agenda: [{ title: "签订共驻共建协议" }],
      });
      expect(meeting.status).toBe(201);
      const elsewhere = await givenDraftAgreement(ctx.api);

      expectProblem(
        await ctx.api.post(`${agreementPath(elsewhere.agreementId)}/signature`, {
          signedOn: "2025-01-10",
          communitySignatory: "王书记",
          unitSignatory: "李校长",
          meetingId,
        }),
        { status: 409, code: "meeting_in_other_community", field: "meetingId" },
      );
      const signedAt = await ctx.api.post(`${agreementPath(agreementId)}/signature`, {
        signedOn: "2025-01-10",
        communitySignatory: "王书记",
        unitSignatory: "李校长",
        meetingId,
      });

      expect(signedAt.status).toBe(200);
      expect((await ctx.api.get(agreementPath(agreementId))).body).toMatchObject({
        signature: { meetingId },
      });
    });
  });

  describe("verification, dispute and correction", () => {
    it("given a logged contribution, when disputed, then it cannot be verified until corrected, and the correction keeps both versions in the log", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      // A figure the liaison confirmed when warned, and the community still questions.
      const contributionId = await logged(ctx.api, agreementId, { quantity: 10_000, confirmed: true });

      const disputed = await ctx.api.post(contributionPath(agreementId, contributionId, "dispute"), {
        reason: "数量明显有误",
      });
      expect(disputed.status).toBe(200);
      expectProblem(await ctx.api.post(contributionPath(agreementId, contributionId, "verification"), {}), {
        status: 409,
        code: "contribution_disputed",
      });

      const correction = {
        quantity: 100,
        date: "2025-03-12",
        participants: 15,
        note: "植树节",
        reason: "多打了两个零",
      };
      // A correction is held to the same scale as a log: "corrected" to a million, it asks first.
      const head = await ctx.testApi.store.headPosition();
      expectProblem(
        await ctx.api.post(contributionPath(agreementId, contributionId, "correction"), {
          ...correction,
          quantity: 1_000_000,
        }),
        { status: 400, code: "quantity_implausible" },
      );
      expect(await ctx.testApi.store.headPosition()).toBe(head);
      const corrected = await ctx.api.post(
        contributionPath(agreementId, contributionId, "correction"),
        correction,
      );
      expect(corrected.status).toBe(200);
      expect(
        (await ctx.api.post(contributionPath(agreementId, contributionId, "verification"), {})).status,
      ).toBe(200);

      const read = await ctx.api.get(agreementPath(agreementId));
      expect(read.body).toMatchObject({
        commitments: [{ commitmentId: "trees", logged: 100, verified: 100 }, { logged: 0 }],
        contributions: [{ contributionId, quantity: 100, verification: "verified" }],
      });
      const types = (await ctx.testApi.store.readStream(agreementStream(agreementId))).map((e) => e.type);
      expect(types.slice(-4)).toEqual([
        "ContributionLogged",
        "ContributionDisputed",
        "ContributionCorrected",
        "ContributionVerified",
      ]);
    });

    it("given verified contributions reaching the target, then the commitment is struck off and further logging is refused", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      const contributionId = await logged(ctx.api, agreementId, { commitmentId: "rubbish", quantity: 0.5 });
      await ctx.api.post(contributionPath(agreementId, contributionId, "verification"), {});

      const types = (await ctx.testApi.store.readStream(agreementStream(agreementId))).map((e) => e.type);
      expect(types.slice(-2)).toEqual(["ContributionVerified", "CommitmentFulfilled"]);
      const again = await ctx.api.post(
        contributionsPath(agreementId),
        contributionBody({ commitmentId: "rubbish", quantity: 0.1 }),
      );
      expectProblem(again, { status: 409, code: "commitment_already_fulfilled", field: "commitmentId" });
    });

    it("given an unknown contribution, when verified, then 404 contribution_not_found", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      expectProblem(await ctx.api.post(contributionPath(agreementId, "nope", "verification"), {}), {
        status: 404,
        code: "contribution_not_found",
        field: "contributionId",
      });
    });
  });

  describe("the end of an agreement", () => {
    it("given a signed agreement, when terminated with a reason, then it takes no more contributions", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);

      const response = await ctx.api.post(`${agreementPath(agreementId)}/termination`, {
        terminatedOn: "2025-06-01",
        reason: "单位搬迁出本社区",
      });

      expect(response.status).toBe(200);
      expect((await ctx.api.get(agreementPath(agreementId))).body).toMatchObject({
        status: "terminated",
        termination: { terminatedOn: "2025-06-01", reason: "单位搬迁出本社区" },
      });
      expectProblem(await ctx.api.post(contributionsPath(agreementId), contributionBody()), {
        status: 409,
        code: "agreement_not_active",
      });
    });

    it("given a term not over yet, when expiry is recorded, then 409 term_not_over", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      expectProblem(await ctx.api.post(`${agreementPath(agreementId)}/expiry`, {}), {
        status: 409,
        code: "term_not_over",
      });
    });

    it("given a term that is over, when expiry is recorded, then the agreement is expired", async () => {
      const later = await startTestApi({ today: "2026-01-05" });
      try {
        const api = await later.login(TEST_ADMIN.username, TEST_ADMIN.password);
        const { agreementId } = await givenSignedAgreement(api);
        expect((await api.post(`${agreementPath(agreementId)}/expiry`, {})).status).toBe(200);
        expect((await api.get(agreementPath(agreementId))).body).toMatchObject({
          status: "expired",
          expiredOn: "2025-12-31",
        });
        expect(later.loggedErrors).toEqual([]);
      } finally {
        await later.close();
      }
    });
  });

  describe("who may do what", () => {
    it("given a liaison of the unit, then they may log and correct but not verify, dispute, sign or terminate", async () => {
      const { agreementId, unitId } = await givenSignedAgreement(ctx.api);
      const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]);

      const contributionId = await logged(liaison, agreementId);
      const correction = await liaison.post(contributionPath(agreementId, contributionId, "correction"), {
        quantity: 21,
        date: "2025-03-12",
        participants: 15,
        note: "",
        reason: "少算一棵",
      });
      expect(correction.status).toBe(200);
      for (const [path, body] of [
        [contributionPath(agreementId, contributionId, "verification"), {}],
        [contributionPath(agreementId, contributionId, "dispute"), { reason: "x" }],
        [`${agreementPath(agreementId)}/termination`, { terminatedOn: "2025-06-01", reason: "x" }],
      ] as const) {
        expectProblem(await liaison.post(path, body), { status: 403, code: "not_allowed" });
      }
      const events = await ctx.testApi.store.readStream(agreementStream(agreementId));
      // Accounts made for tests are named u-…; the street admin who set the world up is not.
      expect(events.at(-1)).toMatchObject({
        type: "ContributionCorrected",
        meta: { actor: expect.stringMatching(/^u-/) },
      });
    });

    it("given a liaison of another unit, then they can neither read nor touch this unit's agreement, and nothing is written", async () => {
      const mine = await givenSignedAgreement(ctx.api);
      const theirs = await givenSignedAgreement(ctx.api);
      const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId: theirs.unitId }]);
      const snapshot = await snapshotOf(ctx.testApi.store, agreementStream(mine.agreementId));

      expectProblem(await liaison.get(agreementPath(mine.agreementId)), { status: 403, code: "not_allowed" });
      expectProblem(await liaison.post(contributionsPath(mine.agreementId), contributionBody()), {
        status: 403,
        code: "not_allowed",
      });
      await snapshot.expectUnchanged();
    });

    it("given a community's agreements, when a liaison lists them, then only their own unit's are shown", async () => {
      const first = await givenSignedAgreement(ctx.api);
      const secondUnit = unitBody();
      await ctx.api.post(`/api/communities/${first.communityId}/units`, secondUnit);
      const second = { ...first, unitId: secondUnit.unitId, agreementId: freshId("agreement") };
      expect((await ctx.api.post("/api/agreements", draftBody(second))).status).toBe(201);
      const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId: first.unitId }]);
      await ctx.testApi.projected();

      const staffView = await ctx.api.get(`/api/communities/${first.communityId}/agreements`);
      const liaisonView = await liaison.get(`/api/communities/${first.communityId}/agreements`);

      const ids = (response: typeof staffView) =>
        (response.body as { agreements: { agreementId: string }[] }).agreements
          .map((a) => a.agreementId)
          .sort();
      expect(ids(staffView)).toEqual([first.agreementId, second.agreementId].sort());
      expect(ids(liaisonView)).toEqual([first.agreementId]);
    });
  });
});
