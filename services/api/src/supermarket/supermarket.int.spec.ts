import { supermarketStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenCommunity, givenUnit } from "../testing/fixtures.ts";
import { bodyField, etagRevision, expectProblem, snapshotOf } from "../testing/http.ts";
import {
  donationBody,
  givenDonated,
  givenResident,
  givenSupermarket,
  handoutBody,
  riceBody,
  supermarketPaths,
} from "../testing/supermarket-fixtures.ts";
import { freshId } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("love supermarket over HTTP", () => {
  const ctx = useTestApi();
  const snapshot = (communityId: string) => snapshotOf(ctx.testApi.store, supermarketStream(communityId));
  const stockOf = async (communityId: string) => {
    const response = await ctx.api.get(supermarketPaths(communityId).stock);
    expect(response.status).toBe(200);
    return response.body as { items: { itemId: string; stock: number }[]; lowStock: { itemId: string }[] };
  };
  const riceStock = async (communityId: string) =>
    (await stockOf(communityId)).items.find((item) => item.itemId === "rice")?.stock;

  describe("catalogue and limit", () => {
    it("given a registered community, when an item is added, then 201 with Location and ETag 0, and the stock lists it as low", async () => {
      const communityId = await givenCommunity(ctx.api);
      const paths = supermarketPaths(communityId);

      const response = await ctx.api.post(paths.items, riceBody());

      expect(response.status).toBe(201);
      expect(response.headers.get("location")).toBe(paths.stock);
      expect(response.headers.get("etag")).toBe('"0"');
      expect(response.body).toEqual({ communityId, itemId: "rice", revision: 0 });
      const stock = await ctx.api.get(paths.stock);
      expect(stock.headers.get("etag")).toBe('"0"');
      expect(stock.body).toEqual({
        communityId,
        monthlyLimit: null,
        items: [
          {
            itemId: "rice",
            name: "大米",
            category: "grain_oil",
            unitOfMeasure: "kg",
            minimumStock: 20,
            stock: 0,
            low: true,
          },
        ],
        lowStock: [expect.objectContaining({ itemId: "rice" })],
      });
    });

    it("given an item in the catalogue, when it is added again, then 409 item_already_exists and nothing is written", async () => {
      const communityId = await givenSupermarket(ctx.api);
      const before = await snapshot(communityId);

      const response = await ctx.api.post(supermarketPaths(communityId).items, riceBody({ name: "香米" }));

      expectProblem(response, { status: 409, code: "item_already_exists", field: "itemId" });
      await before.expectUnchanged();
    });

    it("given an unknown community, when an item is added, then 404 community_not_found and nothing is written", async () => {
      const communityId = freshId("nowhere");
      const before = await snapshot(communityId);

      const response = await ctx.api.post(supermarketPaths(communityId).items, riceBody());

      expectProblem(response, { status: 404, code: "community_not_found" });
      await before.expectUnchanged();
    });

    it("given a bad category and a negative threshold, when an item is added, then 400 naming both fields", async () => {
      const communityId = await givenCommunity(ctx.api);

      const response = await ctx.api.post(
        supermarketPaths(communityId).items,
        riceBody({ category: "castle", minimumStock: -1 }),
      );

      const problem = expectProblem(response, { status: 400, code: "invalid_request" });
      expect(problem.errors?.map((e) => e.field).sort()).toEqual(["category", "minimumStock"]);
    });

    it("given stocked rice, when its minimum stock is raised above the stock, then 200 and it shows as low", async () => {
      const communityId = await givenSupermarket(ctx.api);
      await givenDonated(ctx.api, communityId, [{ itemId: "rice", quantity: 30 }]);
      expect((await stockOf(communityId)).lowStock.map((item) => item.itemId)).toEqual(["coat"]);

      const response = await ctx.api.post(supermarketPaths(communityId).minimumStock("rice"), {
        minimumStock: 40,
      });

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ communityId, itemId: "rice", revision: 3 });
      expect((await stockOf(communityId)).lowStock.map((item) => item.itemId)).toEqual(["rice", "coat"]);
    });

    it("given no such item, when its minimum stock is changed, then 404 item_not_found on itemId and nothing is written", async () => {
      const communityId = await givenSupermarket(ctx.api);
      const before = await snapshot(communityId);

      const response = await ctx.api.post(supermarketPaths(communityId).minimumStock("oil"), {
        minimumStock: 10,
      });

      expectProblem(response, { status: 404, code: "item_not_found", field: "itemId" });
      await before.expectUnchanged();
    });

    it("given a community, when a monthly limit is put and then removed, then the stock shows each", async () => {
      const communityId = await givenCommunity(ctx.api);
      const { monthlyLimit, stock } = supermarketPaths(communityId);

      const set = await ctx.api.put(monthlyLimit, { limit: 20 });
      expect(set.status).toBe(200);
      expect(set.body).toEqual({ communityId, limit: 20, revision: 0 });
      expect((await ctx.api.get(stock)).body).toMatchObject({ monthlyLimit: 20, items: [] });

      expect((await ctx.api.put(monthlyLimit, { limit: null })).status).toBe(200);
      expect((await ctx.api.get(stock)).body).toMatchObject({ monthlyLimit: null });
    });

    it("given a registered community without a supermarket yet, when its stock is read, then it is empty with ETag -1", async () => {
      const communityId = await givenCommunity(ctx.api);

      const response = await ctx.api.get(supermarketPaths(communityId).stock);

      expect(response.status).toBe(200);
      expect(response.headers.get("etag")).toBe('"-1"');
      expect(response.body).toEqual({ communityId, monthlyLimit: null, items: [], lowStock: [] });
    });

    it("given no such community, when its stock is read, then 404 community_not_found", async () => {
      const response = await ctx.api.get(supermarketPaths(freshId("nowhere")).stock);

      expectProblem(response, { status: 404, code: "community_not_found" });
    });
  });

  describe("donations", () => {
    it("given a line or a sum far beyond the usual, when recorded without confirmation, then 400 on that field and nothing enters stock; confirmed, it does", async () => {
      const communityId = await givenCommunity(ctx.api);
      const paths = supermarketPaths(communityId);
      await ctx.api.post(paths.items, riceBody());
      const head = await ctx.testApi.store.headPosition();

      const tooMuch = await ctx.api.post(
        paths.donations,
        donationBody({ lines: [{ itemId: "rice", quantity: 10_000_000 }] }),
      );
      const tooRich = await ctx.api.post(paths.donations, donationBody({ lines: [], money: 9_000_000 }));

      expect(expectProblem(tooMuch, { status: 400, code: "quantity_implausible" }).errors).toEqual([
        expect.objectContaining({ field: "lines.0.quantity", code: "quantity_implausible" }),
      ]);
      expect(expectProblem(tooRich, { status: 400, code: "quantity_implausible" }).errors).toEqual([
        expect.objectContaining({ field: "money", code: "quantity_implausible" }),
      ]);
      expect(await ctx.testApi.store.headPosition()).toBe(head);
      expect(await riceStock(communityId)).toBe(0);
      const confirmed = await ctx.api.post(
        paths.donations,
        donationBody({ lines: [{ itemId: "rice", quantity: 10_000 }], confirmed: true }),
      );
      expect(confirmed.status).toBe(201);
      expect(await riceStock(communityId)).toBe(10_000);
    });

    it("given a unit of the community, when it donates goods and money, then 201 with the year's receipt number and the stock grows", async () => {
      const { communityId, unitId } = await givenUnit(ctx.api);
      const paths = supermarketPaths(communityId);
      await ctx.api.post(paths.items, riceBody());

      const first = await ctx.api.post(
        paths.donations,
        donationBody({ donor: { kind: "unit", unitId }, money: 1000, note: "六一捐赠" }),
      );
      const second = await ctx.api.post(
        paths.donations,
        donationBody({ lines: [{ itemId: "rice", quantity: 0.5 }] }),
      );

      expect(first.status).toBe(201);
      expect(first.headers.get("location")).toBe(paths.ledger);
      expect(first.body).toEqual({
        communityId,
        donationId: expect.stringMatching(UUID),
        status: "received",
        receiptNo: "2025-00001",
        revision: 1,
      });
      expect(bodyField(second, "receiptNo")).toBe("2025-00002");
      expect(await riceStock(communityId)).toBe(50.5);
    });

    it("given a donation sent with an Idempotency-Key and no id, when it is sent again, then the same id and receipt come back and one donation is stored", async () => {
      const communityId = await givenSupermarket(ctx.api);
      const { donations } = supermarketPaths(communityId);
      const headers = { "idempotency-key": freshId("key") };

      const first = await ctx.api.post(donations, donationBody(), headers);
      const retry = await ctx.api.post(donations, donationBody(), headers);
      const reused = await ctx.api.post(donations, donationBody({ money: 5 }), headers);

      expect(first.status).toBe(201);
      expect(retry.status).toBe(200);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(retry.body).toEqual(first.body);
      expectProblem(reused, { status: 409, code: "idempotency_key_reused" });
      expect(await riceStock(communityId)).toBe(50);
    });

    it("given a line naming an item not in the catalogue, when the donation is recorded, then 404 item_not_found at that line and nothing is written", async () => {
      const communityId = await givenSupermarket(ctx.api);
      const before = await snapshot(communityId);
      const lines = [
        { itemId: "rice", quantity: 10 },
        { itemId: "oil", quantity: 2 },
      ];

      const response = await ctx.api.post(supermarketPaths(communityId).donations, donationBody({ lines }));

      expectProblem(response, { status: 404, code: "item_not_found", field: "lines.1.itemId" });
      await before.expectUnchanged();
    });

    it("given neither goods nor money, or one item twice, when a donation is recorded, then 400 with the rule's code and nothing is written", async () => {
      const communityId = await givenSupermarket(ctx.api);
      const before = await snapshot(communityId);
      const { donations } = supermarketPaths(communityId);
      const twice = [
        { itemId: "rice", quantity: 1 },
        { itemId: "rice", quantity: 2 },
      ];

      const empty = expectProblem(await ctx.api.post(donations, donationBody({ lines: [] })), {
        status: 400,
        code: "invalid_request",
        field: "lines",
      });
      const repeated = expectProblem(await ctx.api.post(donations, donationBody({ lines: twice })), {
        status: 400,
        code: "invalid_request",
        field: "lines.1.itemId",
      });

      expect(empty.errors?.[0]?.code).toBe("donation_empty");
      expect(repeated.errors?.[0]?.code).toBe("duplicate_item_id");
      await before.expectUnchanged();
    });
  });

  describe("hand-outs", () => {
    it("given an approved resident and rice in stock, when rice is handed out, then 201 and the stock goes down", async () => {
      const communityId = await givenSupermarket(ctx.api);
      await givenDonated(ctx.api, communityId, [{ itemId: "rice", quantity: 50 }]);
      const residentId = await givenResident(ctx.testApi.store, communityId);
      const paths = supermarketPaths(communityId);

      const response = await ctx.api.post(paths.handouts, handoutBody(residentId));

      expect(response.status).toBe(201);
      expect(response.headers.get("location")).toBe(paths.ledger);
      expect(etagRevision(response)).toBe(3);
      expect(response.body).toEqual({ communityId, handoutId: expect.stringMatching(UUID), revision: 3 });
      expect(await riceStock(communityId)).toBe(45);
    });

    it("given 5 kg of rice, when 6 kg are asked for, then 409 stock_short on that line and nothing is written", async () => {
      const communityId = await givenSupermarket(ctx.api);
      await givenDonated(ctx.api, communityId, [{ itemId: "rice", quantity: 5 }]);
      const residentId = await givenResident(ctx.testApi.store, communityId);
      const before = await snapshot(communityId);

      const response = await ctx.api.post(
        supermarketPaths(communityId).handouts,
        handoutBody(residentId, { lines: [{ itemId: "rice", quantity: 6 }] }),
      );

      expectProblem(response, { status: 409, code: "stock_short", field: "lines.0.quantity" });
      await before.expectUnchanged();
      expect(await riceStock(communityId)).toBe(5);
    });

    it("given a resident registered but not approved, when goods are handed out, then 409 resident_not_approved and nothing is written", async () => {
      const communityId = await givenSupermarket(ctx.api);
      await givenDonated(ctx.api, communityId, [{ itemId: "rice", quantity: 50 }]);
      const residentId = await givenResident(ctx.testApi.store, communityId, { approved: false });
      const before = await snapshot(communityId);

      const response = await ctx.api.post(supermarketPaths(communityId).handouts, handoutBody(residentId));

      expectProblem(response, { status: 409, code: "resident_not_approved", field: "residentId" });
      await before.expectUnchanged();
    });

    it("given no such resident, or one of another community, when goods are handed out, then 404 resident_not_found and nothing is written", async () => {
      const communityId = await givenSupermarket(ctx.api);
      await givenDonated(ctx.api, communityId, [{ itemId: "rice", quantity: 50 }]);
      const elsewhere = await givenResident(ctx.testApi.store, await givenCommunity(ctx.api));
      const before = await snapshot(communityId);
      const { handouts } = supermarketPaths(communityId);

      for (const residentId of [freshId("ghost"), elsewhere]) {
        const response = await ctx.api.post(handouts, handoutBody(residentId));
        expectProblem(response, { status: 404, code: "resident_not_found", field: "residentId" });
      }
      await before.expectUnchanged();
    });

    it("given a monthly limit of 8, when a resident takes 5 and then asks for 4 more, then 409 monthly_limit_exceeded and nothing more is written", async () => {
      const communityId = await givenSupermarket(ctx.api);
      await givenDonated(ctx.api, communityId, [{ itemId: "rice", quantity: 50 }]);
      const residentId = await givenResident(ctx.testApi.store, communityId);
      const { monthlyLimit, handouts } = supermarketPaths(communityId);
      expect((await ctx.api.put(monthlyLimit, { limit: 8 })).status).toBe(200);
      expect((await ctx.api.post(handouts, handoutBody(residentId))).status).toBe(201);
      const before = await snapshot(communityId);

      const response = await ctx.api.post(
        handouts,
        handoutBody(residentId, { lines: [{ itemId: "rice", quantity: 4 }] }),
      );

      expectProblem(response, { status: 409, code: "monthly_limit_exceeded", field: "lines" });
      await before.expectUnchanged();
    });

    it("given an item not in the catalogue, when it is handed out, then 404 item_not_found at that line and nothing is written", async () => {
      const communityId = await givenSupermarket(ctx.api);
      const residentId = await givenResident(ctx.testApi.store, communityId);
      const before = await snapshot(communityId);

      const response = await ctx.api.post(
        supermarketPaths(communityId).handouts,
        handoutBody(residentId, { lines: [{ itemId: "oil", quantity: 1 }] }),
      );

      expectProblem(response, { status: 404, code: "item_not_found", field: "lines.0.itemId" });
      await before.expectUnchanged();
    });
  });

  describe("adjustments", () => {
    it("given 50 kg of rice, when 2 kg are written off as damaged and then 45 are counted, then 201 with each change and the stock after it", async () => {
      const communityId = await givenSupermarket(ctx.api);
      await givenDonated(ctx.api, communityId, [{ itemId: "rice", quantity: 50 }]);
      const { adjustments, ledger } = supermarketPaths(communityId);

      const damaged = await ctx.api.post(adjustments, {
        itemId: "rice",
        reason: "damage",
        quantity: 2,
        note: "受潮",
      });
      const counted = await ctx.api.post(adjustments, { itemId: "rice", reason: "stock_take", quantity: 45 });

      expect(damaged.status).toBe(201);
      expect(damaged.headers.get("location")).toBe(ledger);
      expect(damaged.body).toEqual({
        communityId,
        adjustmentId: expect.stringMatching(UUID),
        itemId: "rice",
        delta: -2,
        stockAfter: 48,
        revision: 3,
      });
      expect(counted.body).toMatchObject({ delta: -3, stockAfter: 45 });
      expect(await riceStock(communityId)).toBe(45);
    });

    it("given 5 kg of rice, when 6 are written off, then 409 stock_short on quantity and nothing is written", async () => {
      const communityId = await givenSupermarket(ctx.api);
      await givenDonated(ctx.api, communityId, [{ itemId: "rice", quantity: 5 }]);
      const before = await snapshot(communityId);

      const response = await ctx.api.post(supermarketPaths(communityId).adjustments, {
        itemId: "rice",
        reason: "expiry",
        quantity: 6,
        note: "过期",
      });

      expectProblem(response, { status: 409, code: "stock_short", field: "quantity" });
      await before.expectUnchanged();
    });

    it("given an item not in the catalogue or damage without a note, when stock is adjusted, then 404 item_not_found or 400 note_required and nothing is written", async () => {
      const communityId = await givenSupermarket(ctx.api);
      const before = await snapshot(communityId);
      const { adjustments } = supermarketPaths(communityId);

      const unknown = await ctx.api.post(adjustments, { itemId: "oil", reason: "stock_take", quantity: 3 });
      const unexplained = await ctx.api.post(adjustments, { itemId: "rice", reason: "damage", quantity: 1 });

      expectProblem(unknown, { status: 404, code: "item_not_found", field: "itemId" });
      const problem = expectProblem(unexplained, { status: 400, code: "invalid_request", field: "note" });
      expect(problem.errors?.[0]?.code).toBe("note_required");
      await before.expectUnchanged();
    });
  });
});
