import type { ItemCategory } from "@cobuild/domain";

/**
 * The love supermarket's public board (爱心超市), `supermarket:<communityId>`: stock by item, what came in
 * and went out. It names donors (units and people who gave their name) but never a resident in need:
 * hand-outs show what was given and when, not to whom. The keeper's counter finds residents through the API.
 */
export interface SupermarketBoard {
  communityId: string;
  /** The most one resident may receive in a month, all items together; null means no limit. */
  monthlyLimit: number | null;
  items: Record<string, SupermarketItem>;
  /** Newest first, at most RECENT_SUPERMARKET. */
  recentIntake: SupermarketIntake[];
  recentHandouts: SupermarketHandout[];
  /** Totals per day for the last SUPERMARKET_DAYS days seen (older days are dropped). */
  days: Record<string, SupermarketDay>;
  /** Totals per year ("2026"). */
  years: Record<string, SupermarketDay>;
}

export interface SupermarketItem {
  itemId: string;
  name: string;
  category: ItemCategory;
  unitOfMeasure: string;
  minimumStock: number;
  stock: number;
}

export interface SupermarketLine {
  itemId: string;
  name: string;
  unitOfMeasure: string;
  quantity: number;
}

export type SupermarketDonor =
  | { kind: "unit"; unitId: string; name: string }
  | { kind: "person"; name: string }
  | { kind: "anonymous" };

export interface SupermarketIntake {
  donationId: string;
  receiptNo: string;
  receivedOn: string;
  donor: SupermarketDonor;
  lines: SupermarketLine[];
  money: number | null;
}

export interface SupermarketHandout {
  handoutId: string;
  handedOutOn: string;
  lines: SupermarketLine[];
}

export interface SupermarketDay {
  donations: number;
  /** Goods received, all items together, exact to two decimals. */
  intake: number;
  money: number;
  handouts: number;
  handedOut: number;
}

export const RECENT_SUPERMARKET = 20;
export const SUPERMARKET_DAYS = 31;
export const SUPERMARKET_BOARD = "supermarket";
