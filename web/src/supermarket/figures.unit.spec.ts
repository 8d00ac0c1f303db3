import type { SupermarketBoard, SupermarketItem } from "@cobuild/boards";
import { isLowStock, shortBy, supermarketDay, supermarketYear } from "@cobuild/boards";
import type { LedgerLine } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import {
  catalogueOrder,
  linesOverStock,
  parseAmount,
  receivedInMonthFromLedger,
  totalQuantity,
} from "./figures.ts";

const item = (itemId: string, stock: number, minimumStock: number, category = "food"): SupermarketItem => ({
  itemId,
  name: itemId,
  category: category as SupermarketItem["category"],
  unitOfMeasure: "件",
  minimumStock,
  stock,
});

const board = (partial: Partial<SupermarketBoard>): SupermarketBoard => ({
  communityId: "c1",
  monthlyLimit: null,
  items: {},
  recentIntake: [],
  recentHandouts: [],
  days: {},
  years: {},
  pending: {},
  ...partial,
});

const handout = (residentId: string, date: string, quantity: number): LedgerLine => ({
  date,
  kind: "handout",
  itemId: "rice",
  quantity: -quantity,
  reference: `ho-${date}`,
  residentId,
});

describe("supermarket figures", () => {
  it("Given a board with one day recorded, When asking for that day and another, Then the other is all zeros", () => {
    const day = { donations: 2, intake: 30, money: 100, handouts: 1, handedOut: 3 };
    const b = board({ days: { "2026-11-24": day } });
    expect(supermarketDay(b, "2026-11-24")).toEqual(day);
    expect(supermarketDay(b, "2026-11-25")).toEqual({
      donations: 0,
      intake: 0,
      money: 0,
      handouts: 0,
      handedOut: 0,
    });
  });

  it("Given a year on the board, When asking for it, Then its totals come back", () => {
    const year = { donations: 9, intake: 1800, money: 0, handouts: 205, handedOut: 400 };
    expect(supermarketYear(board({ years: { "2026": year } }), "2026")).toEqual(year);
    expect(supermarketYear(board({ years: { "2026": year } }), "2025").donations).toBe(0);
  });

  it("Given items above, at, below their minimum and empty, When checked, Then below and empty are low", () => {
    const low = [
      item("ok", 50, 30),
      item("at", 30, 30),
      item("bit", 25, 30),
      item("none", 0, 15),
      item("zero", 0, 0),
    ]
      .filter(isLowStock)
      .map((i) => i.itemId);
    expect(low).toEqual(["bit", "none", "zero"]);
  });

  it("Given decimal stock, When computing how much is short, Then it is exact", () => {
    expect(shortBy(item("x", 0.1, 0.3))).toBe(0.2);
    expect(shortBy(item("x", 5, 3))).toBe(0);
  });

  it("Given lines of 0.1 and 0.2, When totalled, Then the total is exactly 0.3", () => {
    expect(totalQuantity([{ quantity: 0.1 }, { quantity: 0.2 }])).toBe(0.3);
  });

  it("Given ledger lines of several residents and months, When summing one resident's month, Then only theirs in that month count", () => {
    const lines: LedgerLine[] = [
      handout("r1", "2026-11-02", 2),
      handout("r1", "2026-11-20", 1.5),
      handout("r2", "2026-11-03", 4),
      handout("r1", "2026-10-31", 7),
      { date: "2026-11-04", kind: "donation", itemId: "rice", quantity: 10, reference: "2026-00001" },
    ];
    expect(receivedInMonthFromLedger(lines, "r1", "2026-11")).toBe(3.5);
    expect(receivedInMonthFromLedger(lines, "r3", "2026-11")).toBe(0);
  });

  it("Given lines asking for more than, exactly and less than the stock, When checked, Then only the excess is reported", () => {
    const items = { rice: item("rice", 5, 1), oil: item("oil", 2, 1), soap: item("soap", 9, 1) };
    const over = linesOverStock(
      [
        { itemId: "rice", quantity: 6 },
        { itemId: "oil", quantity: 2 },
        { itemId: "soap", quantity: 1 },
        { itemId: "gone", quantity: 1 },
      ],
      items,
    );
    expect(over.map((o) => [o.item.itemId, o.asked])).toEqual([["rice", 6]]);
  });

  it("Given typed amounts, When parsed, Then empty is NaN and full-width digits are read", () => {
    expect(parseAmount("")).toBeNaN();
    expect(parseAmount(" 12.5 ")).toBe(12.5);
    expect(parseAmount("１２．５")).toBe(12.5);
    expect(parseAmount("abc")).toBeNaN();
  });

  it("Given items of several categories, When ordered, Then categories keep their listed order and names sort within", () => {
    const items = [item("b", 1, 0, "food"), item("a", 1, 0, "food"), item("c", 1, 0, "clothing")];
    expect(catalogueOrder(items, ["clothing", "food"]).map((i) => i.itemId)).toEqual(["c", "a", "b"]);
  });
});
