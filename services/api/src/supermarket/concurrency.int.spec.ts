import { supermarketDecider, supermarketEvents, supermarketStream } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { eventReader } from "../commands/read-events.ts";
import { bodyField, expectProblem } from "../testing/http.ts";
import {
  donationBody,
  givenDonated,
  givenResident,
  givenSupermarket,
  handoutBody,
  supermarketPaths,
} from "../testing/supermarket-fixtures.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("love supermarket over HTTP: simultaneous hand-outs", () => {
  const ctx = useTestApi();
  const readEvent = eventReader(supermarketEvents);

  /** Opens enough keep-alive connections first, so the requests really arrive together. */
  const warmUp = (connections: number) =>
    Promise.all(Array.from({ length: connections }, () => ctx.api.get("/healthz")));

  it("given 10 kg of rice, when 50 hand-outs of 1 kg arrive at once, then exactly 10 succeed, 40 are stock_short, and the stock ends at 0, never below", async () => {
    const communityId = await givenSupermarket(ctx.api);
    await givenDonated(ctx.api, communityId, [{ itemId: "rice", quantity: 10 }]);
    const residentId = await givenResident(ctx.testApi.store, communityId);
    const paths = supermarketPaths(communityId);
    const body = handoutBody(residentId, { lines: [{ itemId: "rice", quantity: 1 }] });
    await warmUp(50);

    const responses = await Promise.all(Array.from({ length: 50 }, () => ctx.api.post(paths.handouts, body)));

    const handedOut = responses.filter((r) => r.status === 201);
    const refused = responses.filter((r) => r.status !== 201);
    expect(handedOut).toHaveLength(10);
    expect(refused).toHaveLength(40);
    for (const response of refused) {
      expectProblem(response, { status: 409, code: "stock_short", field: "lines.0.quantity" });
    }
    expect(new Set(handedOut.map((r) => bodyField(r, "handoutId"))).size).toBe(10);
    const stock = await ctx.api.get(paths.stock);
    expect(stock.body).toMatchObject({
      items: [
        { itemId: "rice", stock: 0 },
        { itemId: "coat", stock: 0 },
      ],
    });
    const stored = (await ctx.testApi.store.readStream(supermarketStream(communityId))).map(readEvent);
    expect(stored.filter((e) => e.type === "GoodsHandedOut")).toHaveLength(10);
    // Folded one event at a time: the stock after every event, not only the last.
    let state = supermarketDecider.initialState;
    const riceAfterEach = stored.map((event) => {
      state = supermarketDecider.evolve(state, event);
      return state.stock.get("rice") ?? 0;
    });
    expect(Math.min(...riceAfterEach)).toBe(0);
    expect(riceAfterEach.at(-1)).toBe(0);
  });

  it("given a supermarket, when 20 donations arrive at once, then each gets its own receipt number, gap-free", async () => {
    const communityId = await givenSupermarket(ctx.api);
    const { donations } = supermarketPaths(communityId);
    await warmUp(20);

    const responses = await Promise.all(
      Array.from({ length: 20 }, () => ctx.api.post(donations, donationBody())),
    );

    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const receipts = responses.map((r) => String(bodyField(r, "receiptNo"))).sort();
    expect(receipts).toEqual(Array.from({ length: 20 }, (_, i) => `2025-${String(i + 1).padStart(5, "0")}`));
  });
});
