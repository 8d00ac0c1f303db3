import { compareQuantities, subtractQuantities } from "@cobuild/domain";
import type { SupermarketBoard, SupermarketDay, SupermarketItem } from "../supermarket/board.ts";

const NOTHING: SupermarketDay = { donations: 0, intake: 0, money: 0, handouts: 0, handedOut: 0 };

/** The supermarket's totals of one day (YYYY-MM-DD); a day not on the board had no activity. */
export const supermarketDay = (board: SupermarketBoard, day: string): SupermarketDay =>
  board.days[day] ?? NOTHING;

/** The supermarket's totals of one year (YYYY). */
export const supermarketYear = (board: SupermarketBoard, year: string): SupermarketDay =>
  board.years[year] ?? NOTHING;

/** An item runs low when its stock is below its minimum, or it has none at all. */
export const isLowStock = (item: SupermarketItem): boolean =>
  item.stock <= 0 || compareQuantities(item.stock, item.minimumStock) < 0;

/** How much an item lacks to reach its minimum stock; 0 when it has enough. */
export const shortBy = (item: SupermarketItem): number =>
  Math.max(0, subtractQuantities(item.minimumStock, item.stock));

/** An item running low, and by how much it falls short of its minimum stock. */
export interface LowStockItem extends SupermarketItem {
  shortBy: number;
}

/** What is left as a share of the minimum; an item with no minimum is only listed once gone, so 0. */
const shareOfMinimum = (item: SupermarketItem): number =>
  item.minimumStock > 0 ? item.stock / item.minimumStock : 0;

/**
 * Items below their minimum stock, or gone: what to ask units for. The emptiest first, by what is left
 * as a share of the minimum (so 1 of 10 bags comes before 9 of 20 coats), then the biggest shortfall.
 */
export function lowStock(board: SupermarketBoard): LowStockItem[] {
  return Object.values(board.items)
    .filter(isLowStock)
    .map((item) => ({ ...item, shortBy: shortBy(item) }))
    .sort(
      (a, b) =>
        shareOfMinimum(a) - shareOfMinimum(b) ||
        compareQuantities(b.shortBy, a.shortBy) ||
        a.name.localeCompare(b.name, "zh-CN") ||
        a.itemId.localeCompare(b.itemId),
    );
}
