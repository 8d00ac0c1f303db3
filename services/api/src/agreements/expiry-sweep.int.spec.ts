import { agreementStream } from "@cobuild/domain";
import { afterEach, describe, expect, it } from "vitest";
import {
  draftBody,
  givenDraftAgreement,
  givenSignedAgreement,
  givenUnit,
  signaturePath,
  signBody,
} from "../testing/fixtures.ts";
import { freshId, startTestApi, TEST_ADMIN, type TestApi } from "../testing/test-api.ts";
import { expireDueAgreements } from "./expiry-sweep.ts";

describe("the daily expiry sweep", () => {
  let testApi: TestApi | undefined;
  afterEach(async () => {
    expect(testApi?.loggedErrors).toEqual([]);
    await testApi?.close();
  });

  it("given a signed agreement past its term, one whose term ends later this month and a draft, when the sweep runs twice, then only the one past its term expires, once, as the system", async () => {
    testApi = await startTestApi({ today: "2026-01-02" });
    const api = await testApi.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const past = await givenSignedAgreement(api);
    await givenDraftAgreement(api);
    const running = { ...(await givenUnit(api)), agreementId: freshId("agreement") };
    expect((await api.post("/api/agreements", draftBody(running, { termEnd: "2026-01-31" }))).status).toBe(
      201,
    );
    expect((await api.post(signaturePath(running.agreementId), signBody())).status).toBe(200);
    await testApi.projected();

    const first = await expireDueAgreements(testApi.services.agreements, testApi.boards, "2026-01-02");
    await testApi.projected();
    const second = await expireDueAgreements(testApi.services.agreements, testApi.boards, "2026-01-02");

    expect(first).toEqual([past.agreementId]);
    expect(second).toEqual([]);
    const last = (await testApi.store.readStream(agreementStream(past.agreementId))).at(-1);
    expect(last).toMatchObject({ type: "AgreementExpired", meta: { actor: "system:expiry-sweep" } });
    const stillRunning = (await testApi.store.readStream(agreementStream(running.agreementId))).at(-1);
    expect(stillRunning?.type).toBe("AgreementSigned");
  });

  it("given the index not yet caught up with an expiry, when the sweep runs again, then it decides on the stream and records nothing twice", async () => {
    testApi = await startTestApi({ today: "2026-01-02" });
    const api = await testApi.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const past = await givenSignedAgreement(api);
    await testApi.projected();
    const boardsBefore = testApi.boards;
    // The same index twice, before the projector has seen the first sweep's expiry.
    const stale = new Map<string, Awaited<ReturnType<typeof boardsBefore.getBoard>>>();
    for (const key of ["months", `2025-12/${past.communityId}`])
      stale.set(key, await boardsBefore.getBoard(`agreement-expiry:${key}`));
    const frozen = {
      getBoard: async (boardId: string) => stale.get(boardId.slice("agreement-expiry:".length)),
    };

    expect(await expireDueAgreements(testApi.services.agreements, frozen, "2026-01-02")).toEqual([
      past.agreementId,
    ]);
    expect(await expireDueAgreements(testApi.services.agreements, frozen, "2026-01-02")).toEqual([]);
    const expiries = (await testApi.store.readStream(agreementStream(past.agreementId))).filter(
      (event) => event.type === "AgreementExpired",
    );
    expect(expiries).toHaveLength(1);
  });
});
