import { agreementStream, communityStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import {
  communityBody,
  contributionBody,
  contributionsPath,
  draftBody,
  givenDraftAgreement,
  givenSignedAgreement,
  givenUnit,
  signaturePath,
  signBody,
} from "../testing/fixtures.ts";
import { etagRevision, expectProblem, snapshotOf } from "../testing/http.ts";
import { freshId } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("Idempotency-Key and If-Match over HTTP", () => {
  const ctx = useTestApi();

  const contributionsOf = async (agreementId: string) =>
    (await ctx.testApi.store.readStream(agreementStream(agreementId))).filter(
      (e) => e.type === "ContributionLogged",
    );

  describe("Idempotency-Key", () => {
    it("given a registered community, when the same request is retried with its key, then the first answer is replayed and one event is stored", async () => {
      const body = communityBody();
      const key = freshId("key");
      const first = await ctx.api.post("/api/communities", body, { "idempotency-key": key });

      const retry = await ctx.api.post("/api/communities", body, { "idempotency-key": key });

      expect(first.status).toBe(201);
      expect(first.headers.get("idempotent-replayed")).toBeNull();
      expect(retry.status).toBe(200);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(retry.headers.get("etag")).toBe(first.headers.get("etag"));
      expect(retry.headers.get("location")).toBe(first.headers.get("location"));
      expect(retry.body).toEqual(first.body);
      expect(await ctx.testApi.store.readStream(communityStream(body.communityId))).toHaveLength(1);
    });

    it("given a logged contribution, when it is retried with its key, then the same revision is answered and it counts once", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      const body = contributionBody();
      const key = freshId("key");
      const first = await ctx.api.post(contributionsPath(agreementId), body, { "idempotency-key": key });

      const retry = await ctx.api.post(contributionsPath(agreementId), body, { "idempotency-key": key });

      expect(first.status).toBe(201);
      expect(Math.floor(retry.status / 100)).toBe(2);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(retry.body).toEqual(first.body);
      expect(await contributionsOf(agreementId)).toHaveLength(1);
    });

    it("given a contribution without its own id, when it is retried with its key, then it is replayed, not refused", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      const { contributionId: _omitted, ...body } = contributionBody();
      const key = freshId("key");
      const first = await ctx.api.post(contributionsPath(agreementId), body, { "idempotency-key": key });

      const retry = await ctx.api.post(contributionsPath(agreementId), body, { "idempotency-key": key });

      expect(first.status).toBe(201);
      expect(retry.status).toBe(200);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(retry.body).toEqual(first.body);
      expect(await contributionsOf(agreementId)).toHaveLength(1);
    });

    it("given a key already used on a stream, when a later request is retried with it, then the answer is that request's revision", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      const key = freshId("key");
      const body = contributionBody();
      await ctx.api.post(contributionsPath(agreementId), body, { "idempotency-key": key });
      await ctx.api.post(contributionsPath(agreementId), contributionBody());

      const retry = await ctx.api.post(contributionsPath(agreementId), body, { "idempotency-key": key });

      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(retry.body).toMatchObject({ contributionId: body.contributionId, revision: 2 });
      expect(await contributionsOf(agreementId)).toHaveLength(2);
    });

    it("given a signed agreement, when the signature is retried with its key, then it is replayed rather than refused as signed twice", async () => {
      const { agreementId } = await givenDraftAgreement(ctx.api);
      const key = freshId("key");
      const first = await ctx.api.post(signaturePath(agreementId), signBody(), { "idempotency-key": key });

      const retry = await ctx.api.post(signaturePath(agreementId), signBody(), { "idempotency-key": key });

      expect(first.status).toBe(200);
      expect(retry.status).toBe(200);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(retry.body).toEqual({ agreementId, revision: 1 });
    });

    it("given a key used for one contribution, when it is reused with another body, then 409 idempotency_key_reused and nothing is stored", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      const key = freshId("key");
      await ctx.api.post(contributionsPath(agreementId), contributionBody(), { "idempotency-key": key });
      const snapshot = await snapshotOf(ctx.testApi.store, agreementStream(agreementId));

      const response = await ctx.api.post(contributionsPath(agreementId), contributionBody({ quantity: 7 }), {
        "idempotency-key": key,
      });

      expectProblem(response, { status: 409, code: "idempotency_key_reused" });
      await snapshot.expectUnchanged();
    });

    it("given a key used for a draft, when it is reused for a different draft of the same agreement, then 409 idempotency_key_reused", async () => {
      const ids = { ...(await givenUnit(ctx.api)), agreementId: freshId("agreement") };
      const key = freshId("key");
      expect((await ctx.api.post("/api/agreements", draftBody(ids), { "idempotency-key": key })).status).toBe(
        201,
      );
      const snapshot = await snapshotOf(ctx.testApi.store, agreementStream(ids.agreementId));

      const response = await ctx.api.post("/api/agreements", draftBody(ids, { title: "改过的标题" }), {
        "idempotency-key": key,
      });

      expectProblem(response, { status: 409, code: "idempotency_key_reused" });
      await snapshot.expectUnchanged();
    });

    it("given 20 identical requests with one key at once, when they all land, then all are 2xx with one revision and one contribution is stored", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      const body = contributionBody();
      const key = freshId("key");

      const responses = await Promise.all(
        Array.from({ length: 20 }, () =>
          ctx.api.post(contributionsPath(agreementId), body, { "idempotency-key": key }),
        ),
      );

      expect(responses.map((r) => Math.floor(r.status / 100))).toEqual(Array(20).fill(2));
      expect(new Set(responses.map((r) => JSON.stringify(r.body)))).toEqual(
        new Set([JSON.stringify({ agreementId, contributionId: body.contributionId, revision: 2 })]),
      );
      const stored = await contributionsOf(agreementId);
      expect(stored.map((e) => e.data)).toEqual([
        expect.objectContaining({ contributionId: body.contributionId }),
      ]);
    });
  });

  describe("If-Match", () => {
    it("given the current ETag, when the agreement is signed with it, then it succeeds and the ETag moves on", async () => {
      const { agreementId } = await givenDraftAgreement(ctx.api);
      const read = await ctx.api.get(`/api/agreements/${agreementId}`);

      const response = await ctx.api.post(signaturePath(agreementId), signBody(), {
        "if-match": read.headers.get("etag") ?? "",
      });

      expect(response.status).toBe(200);
      expect(etagRevision(response)).toBe(etagRevision(read) + 1);
    });

    it("given a weak ETag, when a contribution is logged with it, then 400 naming If-Match and nothing is written (weak tags never match If-Match)", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      const snapshot = await snapshotOf(ctx.testApi.store, agreementStream(agreementId));

      const response = await ctx.api.post(contributionsPath(agreementId), contributionBody(), {
        "if-match": 'W/"1"',
      });

      const problem = expectProblem(response, { status: 400, code: "invalid_request", field: "if-match" });
      expect(problem.errors?.[0]?.code).toBe("invalid_format");
      await snapshot.expectUnchanged();
    });

    it("given a stale ETag, when a contribution is logged with it, then 412 stale_revision and nothing is written", async () => {
      const { agreementId } = await givenSignedAgreement(ctx.api);
      await ctx.api.post(contributionsPath(agreementId), contributionBody());
      const snapshot = await snapshotOf(ctx.testApi.store, agreementStream(agreementId));

      const response = await ctx.api.post(contributionsPath(agreementId), contributionBody(), {
        "if-match": '"1"',
      });

      expectProblem(response, { status: 412, code: "stale_revision" });
      await snapshot.expectUnchanged();
    });

    it("given a stale ETag, when the agreement is signed with it, then 412 stale_revision and it stays a draft", async () => {
      const { agreementId } = await givenDraftAgreement(ctx.api);
      const snapshot = await snapshotOf(ctx.testApi.store, agreementStream(agreementId));

      const response = await ctx.api.post(signaturePath(agreementId), signBody(), { "if-match": '"5"' });

      expectProblem(response, { status: 412, code: "stale_revision" });
      await snapshot.expectUnchanged();
      expect((await ctx.api.get(`/api/agreements/${agreementId}`)).body).toMatchObject({ status: "draft" });
    });

    it('given If-Match "-1", when a new community is registered, then it succeeds; for an existing one it is 412', async () => {
      const body = communityBody();

      const created = await ctx.api.post("/api/communities", body, { "if-match": '"-1"' });
      const snapshot = await snapshotOf(ctx.testApi.store, communityStream(body.communityId));
      const again = await ctx.api.post("/api/communities", body, { "if-match": '"-1"' });

      expect(created.status).toBe(201);
      expectProblem(again, { status: 412, code: "stale_revision" });
      await snapshot.expectUnchanged();
    });
  });
});
