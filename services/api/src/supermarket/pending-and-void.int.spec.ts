import type { SupermarketBoard } from "@cobuild/boards";
import { supermarketStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { givenUnit } from "../testing/fixtures.ts";
import { bodyField, expectProblem, snapshotOf } from "../testing/http.ts";
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
import { freshId, TODAY } from "../testing/test-api.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("love supermarket over HTTP: a liaison's donation waits for the keeper, and receipts can be voided", () => {
  const ctx = useTestApi();
  const snapshot = (communityId: string) => snapshotOf(ctx.testApi.store, supermarketStream(communityId));
  const stockOf = async (communityId: string, itemId: string) => {
    const response = await ctx.api.get(supermarketPaths(communityId).stock);
    const items = (response.body as { items: { itemId: string; stock: number }[] }).items;
    return items.find((item) => item.itemId === itemId)?.stock;
  };
  const boardOf = async (communityId: string): Promise<SupermarketBoard> => {
    await ctx.testApi.projected();
    const snapshot = await ctx.testApi.boards.getBoard(`supermarket:${communityId}`);
    return snapshot?.data as SupermarketBoard;
  };

  /**
   * A community with rice and coats, 50 kg of rice received already (receipt 2025-00001), a unit, its
   * liaison and a keeper.
   */
  const givenLiaisonAndKeeper = async () => {
    const { communityId, unitId } = await givenUnit(ctx.api);
    const paths = supermarketPaths(communityId);
    for (const body of [riceBody(), coatBody()])
      expect((await ctx.api.post(paths.items, body)).status).toBe(201);
    await givenDonated(ctx.api, communityId, [{ itemId: "rice", quantity: 50 }]);
    const liaison = await ctx.testApi.clientWith([{ role: "unit_liaison", unitId }]);
    const keeper = await ctx.testApi.clientWith([{ role: "supermarket_keeper", communityId }]);
    return { communityId, unitId, paths, liaison, keeper };
  };

  /** The liaison announces coats and rice in their unit's name; resolves to its donation id. */
  const announced = async (
    world: Awaited<ReturnType<typeof givenLiaisonAndKeeper>>,
    overrides: Record<string, unknown> = {},
  ): Promise<string> => {
    const response = await world.liaison.post(
      world.paths.donations,
      donationBody({
        donor: { kind: "unit", unitId: world.unitId },
        lines: [
          { itemId: "coat", quantity: 12 },
          { itemId: "rice", quantity: 20 },
        ],
        money: 300,
        ...overrides,
      }),
    );
    expect(response.status).toBe(201);
    return String(bodyField(response, "donationId"));
  };

  describe("announced by a liaison", () => {
    it("given a liaison of a unit, when they record their unit's donation, then 201 pending without a receipt number, and nothing enters stock, totals or the public list", async () => {
      const world = await givenLiaisonAndKeeper();

      const response = await world.liaison.post(
        world.paths.donations,
        donationBody({
          donor: { kind: "unit", unitId: world.unitId },
          lines: [{ itemId: "coat", quantity: 12 }],
        }),
      );

      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        communityId: world.communityId,
        donationId: expect.any(String),
        status: "pending",
        revision: 3,
      });
      expect(await stockOf(world.communityId, "coat")).toBe(0);
      const board = await boardOf(world.communityId);
      const donationId = String(bodyField(response, "donationId"));
      expect(board.pending[donationId]).toMatchObject({
        donationId,
        givenOn: TODAY,
        lines: [{ itemId: "coat", quantity: 12 }],
      });
      expect(board.recentIntake.map((intake) => intake.receiptNo)).toEqual(["2025-00001"]);
      expect(board.years["2025"]?.donations).toBe(1);
      const ledger = await world.keeper.get(world.paths.ledger);
      expect((ledger.body as { lines: unknown[] }).lines).toHaveLength(1);
    });

    it("given an announced donation, when the keeper accepts it, then it enters stock with the next receipt number, dated today, and leaves the pending list", async () => {
      const world = await givenLiaisonAndKeeper();
      const donationId = await announced(world, { receivedOn: "2025-06-10" });

      const response = await world.keeper.post(world.paths.acceptance(donationId), {});

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        communityId: world.communityId,
        donationId,
        status: "received",
        receiptNo: "2025-00002",
        revision: 4,
      });
      expect(await stockOf(world.communityId, "coat")).toBe(12);
      expect(await stockOf(world.communityId, "rice")).toBe(70);
      const board = await boardOf(world.communityId);
      expect(board.pending).toEqual({});
      expect(board.recentIntake[0]).toMatchObject({ receiptNo: "2025-00002", receivedOn: TODAY, money: 300 });
      expect(board.years["2025"]).toMatchObject({ donations: 2, intake: 82, money: 300 });
      const next = await ctx.api.post(world.paths.donations, donationBody());
      expect(bodyField(next, "receiptNo")).toBe("2025-00003");
    });

    it("given an announced donation, when the keeper takes in less than announced on an earlier day, then only that enters stock; more than announced is refused on the line", async () => {
      const world = await givenLiaisonAndKeeper();
      const donationId = await announced(world, { receivedOn: "2025-06-10" });
      const before = await snapshot(world.communityId);

      const more = await world.keeper.post(world.paths.acceptance(donationId), {
        lines: [{ itemId: "coat", quantity: 13 }],
      });
      expectProblem(more, { status: 409, code: "more_than_announced", field: "lines.0.quantity" });
      await before.expectUnchanged();

      const less = await world.keeper.post(world.paths.acceptance(donationId), {
        receivedOn: "2025-06-12",
        lines: [{ itemId: "coat", quantity: 10 }],
      });
      expect(less.status).toBe(200);
      expect(await stockOf(world.communityId, "coat")).toBe(10);
      expect(await stockOf(world.communityId, "rice")).toBe(50);
      expect((await boardOf(world.communityId)).recentIntake[0]).toMatchObject({
        receivedOn: "2025-06-12",
        lines: [{ itemId: "coat", quantity: 10 }],
      });
    });

    it("given an announced line far beyond the usual, when the keeper accepts without confirming, then 400 on that line and nothing is written; confirmed, it enters stock", async () => {
      const world = await givenLiaisonAndKeeper();
      const lines = [{ itemId: "coat", quantity: 900 }];
      const donationId = await announced(world, { lines, confirmed: true });
      const before = await snapshot(world.communityId);

      const unconfirmed = await world.keeper.post(world.paths.acceptance(donationId), {});

      expectProblem(unconfirmed, { status: 400, code: "quantity_implausible", field: "lines.0.quantity" });
      await before.expectUnchanged();
      expect((await world.keeper.post(world.paths.acceptance(donationId), { confirmed: true })).status).toBe(
        200,
      );
      expect(await stockOf(world.communityId, "coat")).toBe(900);
    });

    it("given an announced donation, when the keeper declines it with a reason, then it leaves the pending list, nothing enters stock, and it can no longer be accepted", async () => {
      const world = await givenLiaisonAndKeeper();
      const donationId = await announced(world);

      const response = await world.keeper.post(world.paths.decline(donationId), { reason: "物资没有送到" });

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ communityId: world.communityId, donationId, revision: 4 });
      expect(await stockOf(world.communityId, "coat")).toBe(0);
      expect((await boardOf(world.communityId)).pending).toEqual({});
      const before = await snapshot(world.communityId);
      expectProblem(await world.keeper.post(world.paths.acceptance(donationId), {}), {
        status: 409,
        code: "donation_not_pending",
        field: "donationId",
      });
      expectProblem(await world.keeper.post(world.paths.decline(donationId), { reason: "再次" }), {
        status: 409,
        code: "donation_not_pending",
        field: "donationId",
      });
      await before.expectUnchanged();
    });

    it("given no such donation or no reason, when it is accepted or declined, then 404 or 400 on the field and nothing is written", async () => {
      const world = await givenLiaisonAndKeeper();
      const donationId = await announced(world);
      const before = await snapshot(world.communityId);

      expectProblem(await world.keeper.post(world.paths.acceptance(freshId("ghost")), {}), {
        status: 404,
        code: "donation_not_found",
        field: "donationId",
      });
      expectProblem(await world.keeper.post(world.paths.decline(donationId), { reason: " " }), {
        status: 400,
        code: "invalid_request",
        field: "reason",
      });
      await before.expectUnchanged();
    });

    it("given an announced donation, when its liaison or a keeper of another community accepts or declines it, then 403 and nothing is written", async () => {
      const world = await givenLiaisonAndKeeper();
      const donationId = await announced(world);
      const outsider = await ctx.testApi.clientWith([
        { role: "supermarket_keeper", communityId: await givenSupermarket(ctx.api) },
      ]);
      const before = await snapshot(world.communityId);

      for (const client of [world.liaison, outsider]) {
        expectProblem(await client.post(world.paths.acceptance(donationId), {}), {
          status: 403,
          code: "not_allowed",
        });
        expectProblem(await client.post(world.paths.decline(donationId), { reason: "没有收到" }), {
          status: 403,
          code: "not_allowed",
        });
      }
      await before.expectUnchanged();
    });
  });

  describe("voiding a receipt", () => {
    it("given a receipt with goods and money, when the keeper voids it with a reason, then stock and totals follow, it stays listed as voided, and its number is not reused", async () => {
      const world = await givenLiaisonAndKeeper();
      const { paths, keeper, communityId } = world;
      const received = await keeper.post(
        paths.donations,
        donationBody({ lines: [{ itemId: "coat", quantity: 6 }], money: 200 }),
      );
      const receiptNo = String(bodyField(received, "receiptNo"));
      expect(receiptNo).toBe("2025-00002");

      const response = await keeper.post(paths.voidReceipt(receiptNo), { reason: "重复登记" });

      expect(response.status).toBe(200);
      expect(response.body).toEqual({ communityId, receiptNo, revision: 4 });
      expect(await stockOf(communityId, "coat")).toBe(0);
      const board = await boardOf(communityId);
      expect(board.recentIntake[0]).toMatchObject({
        receiptNo,
        voided: { reason: "重复登记", voidedOn: TODAY, voidedBy: expect.any(String) },
      });
      expect(board.years["2025"]).toMatchObject({ donations: 1, intake: 50, money: 0 });
      expect(board.days[TODAY]).toMatchObject({ donations: 1, intake: 50, money: 0 });
      const ledger = (await keeper.get(paths.ledger)).body as { lines: { kind: string; quantity: number }[] };
      expect(ledger.lines.filter((line) => line.kind === "void")).toEqual([
        expect.objectContaining({
          itemId: "coat",
          quantity: -6,
          reference: receiptNo,
          voidReason: "重复登记",
        }),
        expect.objectContaining({ money: -200, reference: receiptNo }),
      ]);
      const next = await keeper.post(paths.donations, donationBody());
      expect(bodyField(next, "receiptNo")).toBe("2025-00003");
    });

    it("given a voided receipt, an unknown number, or goods of the receipt already handed out, when it is voided, then 409, 404 or 409 on receiptNo and nothing is written", async () => {
      const world = await givenLiaisonAndKeeper();
      const { paths, keeper, communityId } = world;
      const handedFrom = await givenDonated(ctx.api, communityId, [{ itemId: "coat", quantity: 3 }]);
      const residentId = await givenResident(ctx.testApi.store, communityId);
      const handout = handoutBody(residentId, { lines: [{ itemId: "coat", quantity: 1 }] });
      expect((await keeper.post(paths.handouts, handout)).status).toBe(201);
      const voidedAlready = await givenDonated(ctx.api, communityId, [{ itemId: "rice", quantity: 1 }]);
      expect((await keeper.post(paths.voidReceipt(voidedAlready), { reason: "录错" })).status).toBe(200);
      const before = await snapshot(communityId);

      expectProblem(await keeper.post(paths.voidReceipt(voidedAlready), { reason: "再次作废" }), {
        status: 409,
        code: "receipt_already_voided",
        field: "receiptNo",
      });
      expectProblem(await keeper.post(paths.voidReceipt("2025-00099"), { reason: "录错" }), {
        status: 404,
        code: "receipt_not_found",
        field: "receiptNo",
      });
      expectProblem(await keeper.post(paths.voidReceipt(handedFrom), { reason: "录错" }), {
        status: 409,
        code: "stock_short",
        field: "receiptNo",
      });
      expectProblem(await keeper.post(paths.voidReceipt(handedFrom), {}), {
        status: 400,
        code: "invalid_request",
        field: "reason",
      });
      expectProblem(await keeper.post(paths.voidReceipt("42"), { reason: "录错" }), {
        status: 400,
        code: "invalid_request",
        field: "receiptNo",
      });
      await before.expectUnchanged();
    });

    it("given a receipt, when a liaison or a keeper of another community voids it, then 403 and nothing is written", async () => {
      const world = await givenLiaisonAndKeeper();
      const outsider = await ctx.testApi.clientWith([
        { role: "supermarket_keeper", communityId: await givenSupermarket(ctx.api) },
      ]);
      const before = await snapshot(world.communityId);

      for (const client of [world.liaison, outsider]) {
        expectProblem(await client.post(world.paths.voidReceipt("2025-00001"), { reason: "录错" }), {
          status: 403,
          code: "not_allowed",
        });
      }
      await before.expectUnchanged();
      expect(await stockOf(world.communityId, "rice")).toBe(50);
    });

    it("given a void sent with an Idempotency-Key, when it is sent again, then the first answer comes back and the receipt is voided once", async () => {
      const world = await givenLiaisonAndKeeper();
      const headers = { "idempotency-key": freshId("key") };
      const path = world.paths.voidReceipt("2025-00001");

      const first = await world.keeper.post(path, { reason: "录错" }, headers);
      const retry = await world.keeper.post(path, { reason: "录错" }, headers);

      expect(first.status).toBe(200);
      expect(retry.status).toBe(200);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(retry.body).toEqual(first.body);
      expect(await stockOf(world.communityId, "rice")).toBe(0);
    });
  });
});
