import { describe, expect, it } from "vitest";
import { etagRevision, expectProblem } from "../testing/http.ts";
import {
  donationBody,
  givenResident,
  givenSupermarket,
  handoutBody,
  supermarketPaths,
} from "../testing/supermarket-fixtures.ts";
import { useTestApi } from "../testing/use-test-api.ts";

describe("love supermarket over HTTP: the ledger", () => {
  const ctx = useTestApi();

  it("given donations, a hand-out and a write-off, when the ledger is read, then every line shows newest first, by date, with item names", async () => {
    const communityId = await givenSupermarket(ctx.api);
    const residentId = await givenResident(ctx.testApi.store, communityId);
    const paths = supermarketPaths(communityId);
    await ctx.api.post(
      paths.donations,
      donationBody({
        donor: { kind: "person", name: "张阿姨" },
        lines: [
          { itemId: "rice", quantity: 50 },
          { itemId: "coat", quantity: 3 },
        ],
        money: 200,
        receivedOn: "2025-06-10",
      }),
    );
    await ctx.api.post(paths.handouts, handoutBody(residentId, { handedOutOn: "2025-06-12" }));
    await ctx.api.post(paths.adjustments, { itemId: "coat", reason: "damage", quantity: 1, note: "破损" });
    // Entered last, but received first: it sorts by its date, not by when it was entered.
    await ctx.api.post(paths.donations, donationBody({ receivedOn: "2025-06-01" }));

    const response = await ctx.api.get(paths.ledger);

    expect(response.status).toBe(200);
    expect(etagRevision(response)).toBe(5);
    const ledger = response.body as { lines: Record<string, unknown>[] };
    expect(ledger).toMatchObject({ communityId, from: null, to: null });
    expect(ledger.lines).toEqual([
      expect.objectContaining({ date: "2025-06-15", kind: "adjustment", itemId: "coat", quantity: -1 }),
      expect.objectContaining({ date: "2025-06-12", kind: "handout", quantity: -5, residentId }),
      expect.objectContaining({ date: "2025-06-10", kind: "donation", itemId: "rice", quantity: 50 }),
      expect.objectContaining({ date: "2025-06-10", kind: "donation", itemId: "coat", itemName: "棉衣" }),
      expect.objectContaining({ date: "2025-06-10", kind: "donation", money: 200, reference: "2025-00001" }),
      expect.objectContaining({ date: "2025-06-01", kind: "donation", reference: "2025-00002" }),
    ]);
    expect(ledger.lines[1]).toMatchObject({ itemName: "大米", unitOfMeasure: "kg" });
  });

  it("given lines on several days, when the ledger is read between two dates, then only those days show; a range ending before it starts is a 400", async () => {
    const communityId = await givenSupermarket(ctx.api);
    const { donations, ledger } = supermarketPaths(communityId);
    for (const receivedOn of ["2025-05-31", "2025-06-01", "2025-06-14", "2025-06-15"]) {
      await ctx.api.post(donations, donationBody({ receivedOn }));
    }

    const june = await ctx.api.get(`${ledger}?from=2025-06-01&to=2025-06-14`);
    const backwards = await ctx.api.get(`${ledger}?from=2025-06-14&to=2025-06-01`);

    expect(june.body).toMatchObject({ from: "2025-06-01", to: "2025-06-14" });
    const dates = (june.body as { lines: { date: string }[] }).lines.map((line) => line.date);
    expect(dates).toEqual(["2025-06-14", "2025-06-01"]);
    const problem = expectProblem(backwards, { status: 400, code: "invalid_request", field: "to" });
    expect(problem.errors?.[0]?.code).toBe("to_before_from");
  });
});
