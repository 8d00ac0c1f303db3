import { describe, expect, it } from "vitest";
import { expectNoPersonalData, personalDataIn } from "../testing/personal-fields.ts";
import { givenPublicCommunity, publicPaths } from "../testing/public-fixtures.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("the public disclosure site carries no personal data", () => {
  const ctx = useTestApi();

  it("given a community with members, residents in need, hand-outs, notes and evidence, when every public page is read, then no personal field or private value appears anywhere", async () => {
    const { communityId, privateValues } = await givenPublicCommunity(ctx.testApi, ctx.api);

    for (const path of Object.values(publicPaths(communityId))) {
      const response = await ctx.anonymous.get(path);
      expect(response.status, path).toBe(200);
      expectNoPersonalData(response.body, privateValues);
    }
  });

  it("given a body with a personal field deep inside or a private value, then the check finds it", () => {
    expect(personalDataIn({ a: [{ b: { phone: "1" } }] })).toEqual(["$.a[0].b.phone"]);
    expect(personalDataIn({ text: "送给赵大爷" }, ["赵大爷"])).toEqual(["$.text = 送给赵大爷"]);
  });
});
