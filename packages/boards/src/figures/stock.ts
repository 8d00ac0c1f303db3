import { compareQuantities, subtractQuantities } from "@cobuild/domain";
import type { SupermarketBoard, SupermarketItem } from "../supermarket/board.ts";

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
    .filter((item) => item.stock <= 0 || compareQuantities(item.stock, item.minimumStock) < 0)
    .map((item) => ({ ...item, shortBy: Math.max(0, subtractQuantities(item.minimumStock, item.stock)) }))
    .sort(
      (a, b) =>
        shareOfMinimum(a) - shareOfMinimum(b) ||
        compareQuantities(b.shortBy, a.shortBy) ||
        a.name.localeCompare(b.name, "zh-CN") ||
        a.itemId.localeCompare(b.itemId),
    );
}
