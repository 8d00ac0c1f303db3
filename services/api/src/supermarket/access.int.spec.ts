import { supermarketStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenUnit, unitBody } from "../testing/fixtures.ts";
import { expectProblem, snapshotOf } from "../testing/http.ts";
import {
  coatBody,
  donationBody,
  givenDonated,
  givenResident,
  givenSupermarket,
  handoutBody,
  riceBody,
  supermarketPaths,
} from "../testing/supermarket-fixtures.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("love supermarket over HTTP: who may do what", () => {
  const ctx = useTestApi();
  const snapshot = (communityId: string) => snapshotOf(ctx.testApi.store, supermarketStream(communityId));

  /** A community with one unit, rice and coats in the catalogue and 50 kg of rice in stock. */
  const givenStockedUnit = async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const paths = supermarketPaths(communityId);
    for (const body of [riceBody(), coatBody()])
      expect((await ctx.api.post(paths.items, body)).status).toBe(201);
    await givenDonated(ctx.api, communityId, [{ itemId: "rice", quantity: 50 }]);
    return { communityId, unitId, paths };
  };

  it("given a keeper of the community, then they may run the supermarket and read its ledger, but not set the monthly limit", async () => {
    const communityId = await givenSupermarket(ctx.api);
    const residentId = await givenResident(ctx.testApi.store, communityId);
    const keeper = await ctx.testApi.clientWith([{ role: "supermarket_keeper", communityId }]);
    const paths = supermarketPaths(communityId);

    expect((await keeper.post(paths.items, riceBody({ itemId: "oil", name: "食用油" }))).status).toBe(201);
    expect((await keeper.post(paths.donations, donationBody())).status).toBe(201);
    expect((await keeper.post(paths.handouts, handoutBody(residentId))).status).toBe(201);
    const adjusted = await keeper.post(paths.adjustments, {
      itemId: "rice",
      reason: "stock_take",
      quantity: 44,
    });
    expect(adjusted.status).toBe(201);
    const before = await snapshot(communityId);
    expectProblem(await keeper.put(paths.monthlyLimit, { limit: 10 }), { status: 403, code: "not_allowed" });
    await before.expectUnchanged();

    const ledger = await keeper.get(paths.ledger);
    expect(ledger.status).toBe(200);
    expect((ledger.body as { lines: unknown[] }).lines).toContainEqual(
      expect.objectContaining({ kind: "handout", residentId }),
    );
  });

  it("given a liaison of a unit, when they hand goods out, then 403 and nothing is written", async () => {
    const { communityId, unitId, paths } = await givenStockedUnit();
    const residentId = await givenResident(ctx.testApi.store, communityId);
    const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]);
    const before = await snapshot(communityId);

    const response = await liaison.post(paths.handouts, handoutBody(residentId));

    expectProblem(response, { status: 403, code: "not_allowed" });
    await before.expectUnchanged();
  });

  it("given a liaison of a unit, when they record their own unit's donation, then 201 pending: it waits for the keeper, without a receipt", async () => {
    const { unitId, paths } = await givenStockedUnit();
    const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]);

    const response = await liaison.post(paths.donations, donationBody({ donor: { kind: "unit", unitId } }));

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: "pending" });
    expect(response.body).not.toHaveProperty("receiptNo");
  });

  it("given someone who is both a keeper of the community and a unit's liaison, when they record the unit's donation, then it is received at once", async () => {
    const { communityId, unitId, paths } = await givenStockedUnit();
    const both = await ctx.testApi.clientWith([
      { role: "unit_liaison", unitId },
      { role: "supermarket_keeper", communityId },
    ]);

    const response = await both.post(paths.donations, donationBody({ donor: { kind: "unit", unitId } }));

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: "received", receiptNo: "2025-00002" });
  });

  it("given a liaison of a unit, when they record another unit's or an anonymous donation, then 403 and nothing is written", async () => {
    const { communityId, unitId, paths } = await givenStockedUnit();
    const other = unitBody();
    expect((await ctx.api.post(`/api/communities/${communityId}/units`, other)).status).toBe(201);
    const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]);
    const before = await snapshot(communityId);

    for (const donor of [{ kind: "unit", unitId: other.unitId }, { kind: "anonymous" }]) {
      const response = await liaison.post(paths.donations, donationBody({ donor }));
      expectProblem(response, { status: 403, code: "not_allowed" });
    }
    await before.expectUnchanged();
  });

  it("given a liaison of a unit in another community, when they record their unit's donation here, then 403 and nothing is written", async () => {
    const { communityId, paths } = await givenStockedUnit();
    const elsewhere = await givenUnit(ctx.api);
    const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId: elsewhere.unitId }]);
    const before = await snapshot(communityId);

    const response = await liaison.post(
      paths.donations,
      donationBody({ donor: { kind: "unit", unitId: elsewhere.unitId } }),
    );

    expectProblem(response, { status: 403, code: "not_allowed" });
    await before.expectUnchanged();
  });

  it("given a liaison of a unit, then they may read the stock but not the ledger, which names residents", async () => {
    const { unitId, paths } = await givenStockedUnit();
    const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]);

    expect((await liaison.get(paths.stock)).status).toBe(200);
    expectProblem(await liaison.get(paths.ledger), { status: 403, code: "not_allowed" });
  });

  it("given a keeper of another community, then they can neither read nor run this supermarket, and nothing is written", async () => {
    const communityId = await givenSupermarket(ctx.api);
    await givenDonated(ctx.api, communityId, [{ itemId: "rice", quantity: 50 }]);
    const residentId = await givenResident(ctx.testApi.store, communityId);
    const outsider = await ctx.testApi.clientWith([
      { role: "supermarket_keeper", communityId: await givenSupermarket(ctx.api) },
    ]);
    const paths = supermarketPaths(communityId);
    const before = await snapshot(communityId);

    expectProblem(await outsider.post(paths.handouts, handoutBody(residentId)), {
      status: 403,
      code: "not_allowed",
    });
    expectProblem(await outsider.post(paths.donations, donationBody()), { status: 403, code: "not_allowed" });
    expectProblem(await outsider.get(paths.stock), { status: 403, code: "not_allowed" });
    expectProblem(await outsider.get(paths.ledger), { status: 403, code: "not_allowed" });
    await before.expectUnchanged();
  });

  it("given no session, then every supermarket route answers 401 and nothing is written", async () => {
    const communityId = await givenSupermarket(ctx.api);
    const residentId = await givenResident(ctx.testApi.store, communityId);
    const paths = supermarketPaths(communityId);
    const before = await snapshot(communityId);
    const { anonymous } = ctx;

    const responses = [
      await anonymous.post(paths.items, riceBody({ itemId: "oil" })),
      await anonymous.post(paths.minimumStock("rice"), { minimumStock: 1 }),
      await anonymous.put(paths.monthlyLimit, { limit: 5 }),
      await anonymous.post(paths.donations, donationBody()),
      await anonymous.post(paths.handouts, handoutBody(residentId)),
      await anonymous.post(paths.adjustments, { itemId: "rice", reason: "stock_take", quantity: 1 }),
      await anonymous.get(paths.stock),
      await anonymous.get(paths.ledger),
    ];

    for (const response of responses) expectProblem(response, { status: 401, code: "login_required" });
    await before.expectUnchanged();
  });
});
