import { describe, expect, it } from "vitest";
import { fold } from "../shared/decider.ts";
import {
  adjusted,
  announced,
  coatAdded,
  declined,
  donated,
  handedOut,
  itemAdded,
  limitSet,
  voided,
} from "../testing/supermarket-fixtures.ts";
import { supermarketDecider } from "./decider.ts";
import type { SupermarketEvent } from "./events.ts";
import { ledgerLine, lowStock, stockLevels } from "./ledger.ts";
import { receivedInMonth } from "./state.ts";

const history = [
  itemAdded(),
  coatAdded(),
  limitSet(30),
  donated({
    lines: [
      { itemId: "rice", quantity: 100 },
      { itemId: "coat", quantity: 6 },
    ],
  }),
  handedOut({
    lines: [
      { itemId: "rice", quantity: 10.5 },
      { itemId: "coat", quantity: 2 },
    ],
  }),
  handedOut({ handoutId: "h-2", handedOutOn: "2025-05-30" }),
  adjusted({ delta: -5, stockAfter: 74.5 }),
];

describe("supermarket evolve", () => {
  it("starts with nothing, and no community until the first event", () => {
    const state = fold(supermarketDecider, []);
    expect(state.communityId).toBeUndefined();
    expect([...state.catalogue]).toEqual([]);
    expect(state.monthlyLimit).toBeNull();
  });

  it("keeps stock per item: donations in, hand-outs and adjustments out", () => {
    const state = fold(supermarketDecider, history);
    expect(state.communityId).toBe("guangming");
    expect(Object.fromEntries(state.stock)).toEqual({ rice: 74.5, coat: 4 });
    expect(state.monthlyLimit).toBe(30);
  });

  it("totals what each resident received per calendar month, all items together", () => {
    const state = fold(supermarketDecider, history);
    expect(receivedInMonth(state, "r-1", "2025-06")).toBe(12.5);
    expect(receivedInMonth(state, "r-1", "2025-05")).toBe(10);
    expect(receivedInMonth(state, "r-2", "2025-06")).toBe(0);
  });

  it("remembers the last receipt number of each year", () => {
    const state = fold(supermarketDecider, [
      itemAdded(),
      donated({ donationId: "d-1" }, "2024-00007"),
      donated({ donationId: "d-2" }, "2025-00001"),
      donated({ donationId: "d-3" }, "2025-00002"),
    ]);
    expect(Object.fromEntries(state.receipts)).toEqual({ "2024": 7, "2025": 2 });
  });

  it("sets stock to the counted quantity on a stock-take and follows changed minimums", () => {
    const state = fold(supermarketDecider, [
      ...history,
      adjusted({ adjustmentId: "adj-2", reason: "stock_take", quantity: 70, delta: -4.5, stockAfter: 70 }),
      {
        type: "MinimumStockChanged",
        data: { communityId: "guangming", itemId: "rice", minimumStock: 80 },
      } satisfies SupermarketEvent,
    ]);
    expect(state.stock.get("rice")).toBe(70);
    expect(state.catalogue.get("rice")?.minimumStock).toBe(80);
  });

  it("does not change earlier states when folding further", () => {
    const before = fold(supermarketDecider, history);
    supermarketDecider.evolve(before, handedOut({ handoutId: "h-3" }));
    supermarketDecider.evolve(before, donated({ donationId: "d-9" }, "2025-00002"));
    expect(Object.fromEntries(before.stock)).toEqual({ rice: 74.5, coat: 4 });
    expect(receivedInMonth(before, "r-1", "2025-06")).toBe(12.5);
    expect(before.receipts.get("2025")).toBe(1);
  });
});

describe("supermarket evolve: announced donations and voided receipts", () => {
  it("holds an announced donation as pending, outside stock, until it is received or declined", () => {
    const waiting = fold(supermarketDecider, [itemAdded(), announced(), announced({ donationId: "d-2" })]);
    expect([...waiting.pending.keys()]).toEqual(["d-1", "d-2"]);
    expect(waiting.pending.get("d-1")).toEqual({
      donationId: "d-1",
      givenOn: "2025-06-10",
      donor: { kind: "unit", unitId: "school-1" },
      lines: [{ itemId: "rice", quantity: 100 }],
      note: "",
    });
    expect(waiting.stock.get("rice")).toBe(0);
    expect(waiting.receipts.size).toBe(0);

    const after = fold(supermarketDecider, [
      itemAdded(),
      announced(),
      announced({ donationId: "d-2" }),
      donated({ receivedOn: "2025-06-12" }),
      declined({ donationId: "d-2" }),
    ]);
    expect(after.pending.size).toBe(0);
    expect(after.stock.get("rice")).toBe(100);
    expect(after.receipts.get("2025")).toBe(1);
  });

  it("keeps the receipts of the newest receipt year only, each with what voiding it takes back", () => {
    const state = fold(supermarketDecider, [
      itemAdded(),
      donated({ donationId: "d-1", receivedOn: "2024-12-30" }, "2024-00001"),
      donated({ donationId: "d-2", receivedOn: "2025-01-02", money: 50 }, "2025-00001"),
      // A late entry for last year is numbered in last year, which is over: it is not kept.
      donated({ donationId: "d-3", receivedOn: "2024-12-31" }, "2024-00002"),
    ]);
    expect(state.openYear).toBe("2025");
    expect([...state.openReceipts.keys()]).toEqual(["2025-00001"]);
    expect(state.openReceipts.get("2025-00001")).toEqual({
      donationId: "d-2",
      receiptNo: "2025-00001",
      receivedOn: "2025-01-02",
      donor: { kind: "unit", unitId: "school-1" },
      lines: [{ itemId: "rice", quantity: 100 }],
      money: 50,
      voided: false,
    });
    expect(Object.fromEntries(state.receipts)).toEqual({ "2024": 2, "2025": 1 });
  });

  it("takes a voided receipt's goods out of stock and marks it voided; its number stays issued", () => {
    const state = fold(supermarketDecider, [
      itemAdded(),
      donated(),
      donated({ donationId: "d-2" }, "2025-00002"),
      voided(),
    ]);
    expect(state.stock.get("rice")).toBe(100);
    expect(state.openReceipts.get("2025-00001")?.voided).toBe(true);
    expect(state.openReceipts.get("2025-00002")?.voided).toBe(false);
    expect(state.receipts.get("2025")).toBe(2);
  });

  it("does not change earlier states when announcements, declines and voids are folded further", () => {
    const before = fold(supermarketDecider, [itemAdded(), donated(), announced({ donationId: "d-2" })]);
    supermarketDecider.evolve(before, declined({ donationId: "d-2" }));
    supermarketDecider.evolve(before, voided());
    supermarketDecider.evolve(before, donated({ donationId: "d-2" }, "2025-00002"));
    expect([...before.pending.keys()]).toEqual(["d-2"]);
    expect(before.stock.get("rice")).toBe(100);
    expect(before.openReceipts.get("2025-00001")?.voided).toBe(false);
    expect(before.openReceipts.size).toBe(1);
  });
});

describe("stock levels", () => {
  it("lists every item with its stock, minimum and whether it runs low (below, not at, the minimum)", () => {
    const state = fold(supermarketDecider, [
      ...history,
      itemAdded({ itemId: "oil", name: "食用油", minimumStock: 0 }),
    ]);
    expect(stockLevels(state)).toEqual([
      {
        itemId: "rice",
        name: "大米",
        category: "grain_oil",
        unitOfMeasure: "kg",
        stock: 74.5,
        minimumStock: 50,
        low: false,
      },
      {
        itemId: "coat",
        name: "棉衣",
        category: "clothing",
        unitOfMeasure: "件",
        stock: 4,
        minimumStock: 5,
        low: true,
      },
      {
        itemId: "oil",
        name: "食用油",
        category: "grain_oil",
        unitOfMeasure: "kg",
        stock: 0,
        minimumStock: 0,
        low: false,
      },
    ]);
    expect(lowStock(state).map((level) => level.itemId)).toEqual(["coat"]);
  });
});

describe("ledger", () => {
  it("has no lines for catalogue and limit changes", () => {
    expect([itemAdded(), limitSet(5)].flatMap(ledgerLine)).toEqual([]);
  });

  it("shows a donation as one line per item and one for the money, under its receipt number", () => {
    const donor = { kind: "unit" as const, unitId: "school-1" };
    expect(
      ledgerLine(donated({ lines: [{ itemId: "rice", quantity: 20 }], money: 300 }, "2025-00042")),
    ).toEqual([
      { date: "2025-06-10", kind: "donation", itemId: "rice", quantity: 20, reference: "2025-00042", donor },
      { date: "2025-06-10", kind: "donation", quantity: 0, money: 300, reference: "2025-00042", donor },
    ]);
  });

  it("shows a void as negative lines and money back, on the day it was voided, with the reason", () => {
    const donor = { kind: "unit" as const, unitId: "school-1" };
    const common = { reference: "2025-00001", donor, voidReason: "重复登记" };
    expect(ledgerLine(voided({ money: 300 }))).toEqual([
      { date: "2025-06-15", kind: "void", itemId: "rice", quantity: -100, ...common },
      { date: "2025-06-15", kind: "void", quantity: 0, money: -300, ...common },
    ]);
    expect([announced(), declined()].flatMap(ledgerLine)).toEqual([]);
  });

  it("shows a hand-out as negative lines for the resident, and an adjustment as its signed change", () => {
    expect(ledgerLine(handedOut())).toEqual([
      {
        date: "2025-06-12",
        kind: "handout",
        itemId: "rice",
        quantity: -10,
        reference: "h-1",
        residentId: "r-1",
      },
    ]);
    expect(ledgerLine(adjusted())).toEqual([
      {
        date: "2025-06-15",
        kind: "adjustment",
        itemId: "rice",
        quantity: -5,
        reference: "adj-1",
        reason: "damage",
      },
    ]);
  });
});
