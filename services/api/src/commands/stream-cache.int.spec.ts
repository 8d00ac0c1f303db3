import { join } from "node:path";
import { agreementStream } from "@cobuild/domain";
import { openSqliteEventStore } from "@cobuild/event-store";
import { describe, expect, it } from "vitest";
import { createServices } from "../app.ts";
import { systemPrincipal } from "../auth/principal.ts";
import {
  agreementPath,
  contributionBody,
  contributionsPath,
  givenSignedAgreement,
} from "../testing/fixtures.ts";
import { etagRevision } from "../testing/http.ts";
import { TODAY } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";
import { streamCacheOf } from "./stream-cache.ts";

describe("the cache of folded streams", () => {
  const ctx = useTestApi();

  it("given a stream this process has folded, when another process appends to it, then the next command here decides on the new state", async () => {
    const { agreementId } = await givenSignedAgreement(ctx.api);
    const here = await ctx.api.post(contributionsPath(agreementId), contributionBody({ quantity: 5 }));
    expect(here.status).toBe(201);
    const cached = streamCacheOf(ctx.testApi.store);
    expect(cached.size()).toBeGreaterThan(0);

    // Another process: its own connection to the same log, its own services and cache.
    const otherStore = await openSqliteEventStore({ path: join(ctx.testApi.dataDir, "events.sqlite") });
    try {
      const other = createServices({ store: otherStore, today: () => TODAY, boards: ctx.testApi.boards });
      const elsewhere = { principal: systemPrincipal("other-process"), correlationId: "other" };
      await other.agreements.logContribution(
        { ...contributionBody({ contributionId: "from-elsewhere", quantity: 7 }), agreementId },
        elsewhere,
      );
    } finally {
      await otherStore.close();
    }

    // This process never saw that contribution through its own cache, yet verifies it (revision 4).
    const verified = await ctx.api.post(
      `/api/agreements/${agreementId}/contributions/from-elsewhere/verification`,
      {},
    );
    expect(verified.status).toBe(200);
    expect(etagRevision(verified)).toBe(4);
    const read = await ctx.api.get(agreementPath(agreementId));
    expect(read.body).toMatchObject({ commitments: [{ commitmentId: "trees", logged: 12 }, { logged: 0 }] });
    const stored = await ctx.testApi.store.readStream(agreementStream(agreementId));
    expect(stored.map((event) => event.type)).toEqual([
      "AgreementDrafted",
      "AgreementSigned",
      "ContributionLogged",
      "ContributionLogged",
      "ContributionVerified",
    ]);
  });

  it("given a keyed command answered long ago on a long stream, when it is retried, then the first result comes back and nothing is written", async () => {
    const { agreementId } = await givenSignedAgreement(ctx.api);
    const keyed = { "Idempotency-Key": `key-${agreementId}` };
    const body = contributionBody({ quantity: 3 });
    const first = await ctx.api.post(contributionsPath(agreementId), body, keyed);
    for (let i = 0; i < 20; i++) {
      expect(
        (await ctx.api.post(contributionsPath(agreementId), contributionBody({ quantity: 1 }))).status,
      ).toBe(201);
    }
    const retry = await ctx.api.post(contributionsPath(agreementId), body, keyed);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.body).toEqual(first.body);
    expect(etagRevision(retry)).toBe(2);
    const reused = await ctx.api.post(
      contributionsPath(agreementId),
      contributionBody({ quantity: 4 }),
      keyed,
    );
    expect(reused.status).toBe(409);
    expect((await ctx.testApi.store.readStream(agreementStream(agreementId))).length).toBe(23);
  });
});
