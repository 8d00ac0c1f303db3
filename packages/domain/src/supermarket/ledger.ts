import { compareQuantities, subtractQuantities } from "../shared/quantities.ts";
import type { AdjustmentReason, Donor, SupermarketEvent } from "./events.ts";
import type { SupermarketState } from "./state.ts";

/** One item's stock against its low-stock threshold, as the board and the staff page show it. */
export interface StockLevel {
  itemId: string;
  name: string;
  category: string;
  unitOfMeasure: string;
  stock: number;
  minimumStock: number;
  /** Below the minimum stock: time to ask units for more. */
  low: boolean;
}

/** Every catalogue item's stock level, in catalogue order. */
export const stockLevels = (state: SupermarketState): StockLevel[] =>
  [...state.catalogue.values()].map((item) => {
    const stock = state.stock.get(item.itemId) ?? 0;
    return { ...item, stock, low: compareQuantities(stock, item.minimumStock) < 0 };
  });

/** The items running low. */
export const lowStock = (state: SupermarketState): StockLevel[] =>
  stockLevels(state).filter((level) => level.low);

/**
 * One line of the public ledger of everything received and given (捐赠公示). Quantities are signed: in
 * is positive, out negative. A donation of money is a line of its own, without an item. A voided receipt
 * keeps its lines and gains "void" lines that take them back on the day it was voided (money negative).
 * Announced donations are not in the ledger until the keeper accepts them.
 */
export interface LedgerLine {
  date: string;
  kind: "donation" | "handout" | "adjustment" | "void";
  itemId?: string;
  quantity: number;
  /** Yuan, on a donation's money line. */
  money?: number;
  /** The receipt number, hand-out id or adjustment id the line comes from. */
  reference: string;
  donor?: Donor;
  residentId?: string;
  reason?: AdjustmentReason;
  /** Why a receipt was voided, on its "void" lines. */
  voidReason?: string;
}

/** The ledger lines one event contributes; catalogue and limit changes contribute none. */
export const ledgerLine = (event: SupermarketEvent): LedgerLine[] => {
  switch (event.type) {
    case "ItemAdded":
    case "MinimumStockChanged":
    case "MonthlyLimitSet":
    case "DonationAnnounced":
    case "DonationDeclined":
      return [];
    case "DonationReceived": {
      const { receivedOn: date, receiptNo: reference, donor, lines, money } = event.data;
      const goods = lines.map(
        ({ itemId, quantity }): LedgerLine => ({
          date,
          kind: "donation",
          itemId,
          quantity,
          reference,
          donor,
        }),
      );
      if (money === undefined) return goods;
      return [...goods, { date, kind: "donation", quantity: 0, money, reference, donor }];
    }
    case "ReceiptVoided": {
      const { voidedOn: date, receiptNo: reference, donor, lines, money, reason: voidReason } = event.data;
      const goods = lines.map(
        ({ itemId, quantity }): LedgerLine => ({
          date,
          kind: "void",
          itemId,
          quantity: subtractQuantities(0, quantity),
          reference,
          donor,
          voidReason,
        }),
      );
      if (money === undefined) return goods;
      const back = subtractQuantities(0, money);
      return [...goods, { date, kind: "void", quantity: 0, money: back, reference, donor, voidReason }];
    }
    case "GoodsHandedOut": {
      const { handedOutOn: date, handoutId: reference, residentId, lines } = event.data;
      return lines.map(({ itemId, quantity }) => ({
        date,
        kind: "handout",
        itemId,
        quantity: subtractQuantities(0, quantity),
        reference,
        residentId,
      }));
    }
    case "StockAdjusted": {
      const { adjustedOn: date, adjustmentId: reference, itemId, delta: quantity, reason } = event.data;
      return [{ date, kind: "adjustment", itemId, quantity, reference, reason }];
    }
  }
};
