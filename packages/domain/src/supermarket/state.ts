import { updatableMap } from "../shared/fold-ownership.ts";
import { addQuantities, subtractQuantities } from "../shared/quantities.ts";
import type {
  DonationAnnouncedData,
  DonationReceivedData,
  GoodsLine,
  ItemAddedData,
  SupermarketEvent,
} from "./events.ts";
import { type IdChain, withId } from "./id-chain.ts";

/** One catalogue entry, with its current low-stock threshold. */
export type CatalogueItem = Omit<ItemAddedData, "communityId">;

/** A liaison's donation waiting for the keeper to accept or decline it. */
export type PendingDonation = Omit<DonationAnnouncedData, "communityId">;

/** A receipt of the open year: what voiding it takes back, and whether it was voided. */
export type OpenReceipt = Omit<DonationReceivedData, "communityId" | "note"> & { voided: boolean };

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
  /** donationId → a liaison's donation the keeper has neither accepted nor declined yet. */
  pending: ReadonlyMap<string, PendingDonation>;
  /**
   * The newest year a receipt was issued in. A receipt may be voided only during its own year (once the
   * year is over its intake has been published and stands), and no receipt is dated after today, so
   * receipts of earlier years can never be voided again: only this year's are kept, which bounds the
   * state however long the stream lives.
   */
  openYear: string | undefined;
  /** receiptNo → the receipts of `openYear`, voided or not. */
  openReceipts: ReadonlyMap<string, OpenReceipt>;
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
  pending: new Map(),
  openYear: undefined,
  openReceipts: new Map(),
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

/** The year (YYYY) of a receipt number. */
export const receiptYear = (receiptNo: string): string => receiptNo.slice(0, 4);

/** The open receipts after one was issued: a newer year starts afresh, an older one is already closed. */
const afterIssued = (
  state: SupermarketState,
  data: DonationReceivedData,
): Pick<SupermarketState, "openYear" | "openReceipts"> => {
  const { communityId: _, note: __, ...receipt } = data;
  const year = receiptYear(data.receiptNo);
  if (state.openYear !== undefined && year < state.openYear) {
    return { openYear: state.openYear, openReceipts: state.openReceipts };
  }
  const receipts =
    year === state.openYear ? updatableMap(state.openReceipts) : updatableMap<string, OpenReceipt>(undefined);
  return { openYear: year, openReceipts: receipts.set(data.receiptNo, { ...receipt, voided: false }) };
};

/** The map without one key; the map itself when the key is not there. */
const without = <V>(map: ReadonlyMap<string, V>, key: string): ReadonlyMap<string, V> => {
  if (!map.has(key)) return map;
  const next = updatableMap(map);
  next.delete(key);
  return next;
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
      // An accepted announcement already holds its id in the chain.
      const announced = state.pending.has(donationId);
      return {
        ...next,
        stock: moveStock(state.stock, lines, addQuantities),
        receipts: afterReceipt(state.receipts, receiptNo),
        pending: without(state.pending, donationId),
        ...afterIssued(state, event.data),
        donationIds: announced ? state.donationIds : withId(state.donationIds, donationId),
      };
    }
    case "DonationAnnounced": {
      const { communityId: _, ...pending } = event.data;
      return {
        ...next,
        pending: updatableMap(state.pending).set(pending.donationId, pending),
        donationIds: withId(state.donationIds, pending.donationId),
      };
    }
    case "DonationDeclined":
      return { ...next, pending: without(state.pending, event.data.donationId) };
    case "ReceiptVoided": {
      const { receiptNo, lines } = event.data;
      const receipt = state.openReceipts.get(receiptNo);
      return {
        ...next,
        stock: moveStock(state.stock, lines, subtractQuantities),
        openReceipts: receipt
          ? updatableMap(state.openReceipts).set(receiptNo, { ...receipt, voided: true })
          : state.openReceipts,
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
