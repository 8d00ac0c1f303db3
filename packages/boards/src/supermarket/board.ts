import type { ItemCategory } from "@cobuild/domain";

/**
 * The love supermarket's public board (爱心超市), `supermarket:<communityId>`: stock by item, what came in
 * and went out. It names donors (units and people who gave their name) but never a resident in need:
 * hand-outs show what was given and when, not to whom. The keeper's counter finds residents through the API.
 * Donations announced by units' liaisons wait in `pending` for the keeper: they are in neither stock nor
 * totals nor the intake feed until accepted (everyone in the community may watch this board, and a
 * pending entry names only the unit, which the liaison's own form made public anyway).
 */
export interface SupermarketBoard {
  communityId: string;
  /** The most one resident may receive in a month, all items together; null means no limit. */
  monthlyLimit: number | null;
  items: Record<string, SupermarketItem>;
  /** Newest first, at most RECENT_SUPERMARKET; a voided receipt stays, marked voided. */
  recentIntake: SupermarketIntake[];
  recentHandouts: SupermarketHandout[];
  /** Totals per day for the last SUPERMARKET_DAYS days seen (older days are dropped). */
  days: Record<string, SupermarketDay>;
  /** Totals per year ("2026"). */
  years: Record<string, SupermarketDay>;
  /** donationId → a unit's donation waiting for the keeper to confirm it arrived. */
  pending: Record<string, SupermarketPending>;
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
  /** Set when the receipt was voided: its goods and money no longer count anywhere. */
  voided: SupermarketVoid | null;
}

/** Why, when and by whom a receipt was voided. */
export interface SupermarketVoid {
  reason: string;
  voidedOn: string;
  voidedBy: string;
}

/** A donation a unit's liaison announced: what and when they say they gave, not yet received. */
export interface SupermarketPending {
  donationId: string;
  givenOn: string;
  donor: SupermarketDonor;
  lines: SupermarketLine[];
  money: number | null;
  /** When it was announced (the log's time). */
  announcedAt: string;
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
