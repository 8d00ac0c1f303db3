import { agreementStream } from "@cobuild/domain";
import { afterEach, describe, expect, it } from "vitest";
import { givenDraftAgreement, givenSignedAgreement } from "../testing/fixtures.ts";
import { startTestApi, TEST_ADMIN, type TestApi } from "../testing/test-api.ts";
import { expireDueAgreements } from "./expiry-sweep.ts";

describe("the daily expiry sweep", () => {
  let testApi: TestApi | undefined;
  afterEach(async () => {
    expect(testApi?.loggedErrors).toEqual([]);
    await testApi?.close();
  });

  it("given a signed agreement past its term and a draft, when the sweep runs twice, then only the signed one expires, once, as the system", async () => {
    testApi = await startTestApi({ today: "2026-01-02" });
    const api = await testApi.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const signed = await givenSignedAgreement(api);
    const draft = await givenDraftAgreement(api);
    await testApi.projected();
    const communities = [signed.communityId, draft.communityId];

    const first = await expireDueAgreements(testApi.services.agreements, communities, "2026-01-02");
    const second = await expireDueAgreements(testApi.services.agreements, communities, "2026-01-02");

    expect(first).toEqual([signed.agreementId]);
    expect(second).toEqual([]);
    const last = (await testApi.store.readStream(agreementStream(signed.agreementId))).at(-1);
    expect(last).toMatchObject({ type: "AgreementExpired", meta: { actor: "system:expiry-sweep" } });
  });
});
