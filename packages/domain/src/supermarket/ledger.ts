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
 * is positive, out negative. A donation of money is a line of its own, without an item.
 */
export interface LedgerLine {
  date: string;
  kind: "donation" | "handout" | "adjustment";
  itemId?: string;
  quantity: number;
  /** Yuan, on a donation's money line. */
  money?: number;
  /** The receipt number, hand-out id or adjustment id the line comes from. */
  reference: string;
  donor?: Donor;
  residentId?: string;
  reason?: AdjustmentReason;
}

/** The ledger lines one event contributes; catalogue and limit changes contribute none. */
export const ledgerLine = (event: SupermarketEvent): LedgerLine[] => {
  switch (event.type) {
    case "ItemAdded":
    case "MinimumStockChanged":
    case "MonthlyLimitSet":
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
