import { updatableMap } from "../shared/fold-ownership.ts";
import { addQuantities, subtractQuantities } from "../shared/quantities.ts";
import type { GoodsLine, ItemAddedData, SupermarketEvent } from "./events.ts";
import { type IdChain, withId } from "./id-chain.ts";

/** One catalogue entry, with its current low-stock threshold. */
export type CatalogueItem = Omit<ItemAddedData, "communityId">;

/**
 * A community's supermarket. Maps, because ids like "constructor" would collide on an object. Every
 * field is replaced, never changed in place, so earlier states stay as they were.
 */
export interface SupermarketState {
  /** The community it serves; undefined only before the stream's first event. */
  communityId: string | undefined;
  /** itemId → item, in the order items were added. */
  catalogue: ReadonlyMap<string, CatalogueItem>;
  /** itemId → quantity in stock, never below zero. */
  stock: ReadonlyMap<string, number>;
  /** Per resident and calendar month, all items together; null while no limit is set. */
  monthlyLimit: number | null;
  /** Month (YYYY-MM) → residentId → total received, so one month is copied per hand-out, not all. */
  received: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Year (YYYY) → the last receipt sequence number issued in it. */
  receipts: ReadonlyMap<string, number>;
  donationIds: IdChain | undefined;
  handoutIds: IdChain | undefined;
  adjustmentIds: IdChain | undefined;
}

export const initialSupermarketState: SupermarketState = {
  communityId: undefined,
  catalogue: new Map(),
  stock: new Map(),
  monthlyLimit: null,
  received: new Map(),
  receipts: new Map(),
  donationIds: undefined,
  handoutIds: undefined,
  adjustmentIds: undefined,
};

/** The calendar month (YYYY-MM) of a date. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** What one resident has received in one month (YYYY-MM), all items together. */
export const receivedInMonth = (state: SupermarketState, residentId: string, month: string): number =>
  state.received.get(month)?.get(residentId) ?? 0;

/** The total of a list of lines. */
export const totalOf = (lines: readonly GoodsLine[]): number =>
  lines.reduce((total, line) => addQuantities(total, line.quantity), 0);

const moveStock = (
  stock: ReadonlyMap<string, number>,
  lines: readonly GoodsLine[],
  move: (a: number, b: number) => number,
): ReadonlyMap<string, number> => {
  const next = updatableMap(stock);
  for (const { itemId, quantity } of lines) next.set(itemId, move(next.get(itemId) ?? 0, quantity));
  return next;
};

const addReceived = (state: SupermarketState, residentId: string, date: string, quantity: number) => {
  const month = monthOf(date);
  const residents = updatableMap(state.received.get(month));
  residents.set(residentId, addQuantities(residents.get(residentId) ?? 0, quantity));
  return updatableMap(state.received).set(month, residents);
};

/** The receipt counters after a receipt was issued; the number itself is the fact, so read it back. */
const afterReceipt = (receipts: ReadonlyMap<string, number>, receiptNo: string) => {
  const [year = "", sequence = "0"] = receiptNo.split("-");
  return updatableMap(receipts).set(year, Math.max(receipts.get(year) ?? 0, Number(sequence)));
};

/** Folds one event into the state. Reading a stream never fails: nothing here throws. */
export const evolveSupermarket = (state: SupermarketState, event: SupermarketEvent): SupermarketState => {
  const next = { ...state, communityId: event.data.communityId };
  switch (event.type) {
    case "ItemAdded": {
      const { communityId: _, ...item } = event.data;
      return {
        ...next,
        catalogue: updatableMap(state.catalogue).set(item.itemId, item),
        stock: updatableMap(state.stock).set(item.itemId, state.stock.get(item.itemId) ?? 0),
      };
    }
    case "MinimumStockChanged": {
      const { itemId, minimumStock } = event.data;
      const item = state.catalogue.get(itemId);
      if (item === undefined) return next;
      return { ...next, catalogue: updatableMap(state.catalogue).set(itemId, { ...item, minimumStock }) };
    }
    case "MonthlyLimitSet":
      return { ...next, monthlyLimit: event.data.limit };
    case "DonationReceived": {
      const { donationId, lines, receiptNo } = event.data;
      return {
        ...next,
        stock: moveStock(state.stock, lines, addQuantities),
        receipts: afterReceipt(state.receipts, receiptNo),
        donationIds: withId(state.donationIds, donationId),
      };
    }
    case "GoodsHandedOut": {
      const { handoutId, residentId, handedOutOn, lines } = event.data;
      return {
        ...next,
        stock: moveStock(state.stock, lines, subtractQuantities),
        received: addReceived(state, residentId, handedOutOn, totalOf(lines)),
        handoutIds: withId(state.handoutIds, handoutId),
      };
    }
    case "StockAdjusted": {
      const { adjustmentId, itemId, stockAfter } = event.data;
      return {
        ...next,
        stock: updatableMap(state.stock).set(itemId, stockAfter),
        adjustmentIds: withId(state.adjustmentIds, adjustmentId),
      };
    }
  }
};
