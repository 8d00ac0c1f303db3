import { describe, expect, it } from "vitest";
import type { SupermarketBoard, SupermarketItem } from "../supermarket/board.ts";
import { lowStock } from "./stock.ts";

const item = (itemId: string, stock: number, minimumStock: number): SupermarketItem => ({
  itemId,
  name: itemId,
  category: "other",
  unitOfMeasure: "件",
  minimumStock,
  stock,
});

const supermarket = (...items: SupermarketItem[]): SupermarketBoard => ({
  communityId: "gm",
  monthlyLimit: null,
  items: Object.fromEntries(items.map((i) => [i.itemId, i])),
  recentIntake: [],
  recentHandouts: [],
  days: {},
  years: {},
  pending: {},
});

describe("low stock", () => {
  it("given items below, at and above their minimum, then only those below are listed, with their shortfall", () => {
    const low = lowStock(supermarket(item("rice", 2, 10), item("oil", 10, 10), item("coats", 30, 10)));
    expect(low.map((i) => [i.itemId, i.shortBy])).toEqual([["rice", 8]]);
  });

  it("given an item gone with no minimum set, then it is listed too", () => {
    expect(lowStock(supermarket(item("books", 0, 0))).map((i) => i.itemId)).toEqual(["books"]);
  });

  it("given several items low, then the emptiest by share of its minimum comes first, then the biggest shortfall", () => {
    const low = lowStock(
      supermarket(
        item("coats", 9, 20),
        item("rice", 1, 10),
        item("oil", 0, 4),
        item("soap", 0, 8),
        item("books", 0, 0),
      ),
    );
    expect(low.map((i) => i.itemId)).toEqual(["soap", "oil", "books", "rice", "coats"]);
  });

  it("given hundredths just under the minimum, then the item counts as low", () => {
    expect(lowStock(supermarket(item("flour", 4.99, 5))).map((i) => i.shortBy)).toEqual([0.01]);
  });
});
