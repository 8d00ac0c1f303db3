import {
  type LedgerLine,
  ledgerLine,
  lowStock,
  type SupermarketEvent,
  type SupermarketState,
  stockLevels,
} from "@cobuild/domain";

/** The stock page: every item's level against its threshold, the items running low, and the limit. */
export const stockView = (communityId: string, state: SupermarketState) => ({
  communityId,
  monthlyLimit: state.monthlyLimit,
  items: stockLevels(state),
  lowStock: lowStock(state),
});

/** A ledger line with its item's name and unit of measure, so it reads without the catalogue. */
export type LedgerEntry = LedgerLine & { itemName?: string; unitOfMeasure?: string };

/** Which days of the ledger to show, both ends included; either may be open. */
export interface LedgerRange {
  from?: string | undefined;
  to?: string | undefined;
}

const inRange = (date: string, { from, to }: LedgerRange): boolean =>
  (from === undefined || date >= from) && (to === undefined || date <= to);

/**
 * Everything received and given, newest first: by date, and within a day the later recorded first (a
 * donation may be entered days after it was received, so stream order alone is not date order).
 */
export const ledgerView = (
  state: SupermarketState,
  events: readonly SupermarketEvent[],
  range: LedgerRange,
): LedgerEntry[] => {
  // Events reversed, not lines: the lines of one donation keep their order.
  const newestRecordedFirst = [...events].reverse().flatMap(ledgerLine);
  return newestRecordedFirst
    .filter((line) => inRange(line.date, range))
    .sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1))
    .map((line) => {
      const item = line.itemId === undefined ? undefined : state.catalogue.get(line.itemId);
      return item ? { ...line, itemName: item.name, unitOfMeasure: item.unitOfMeasure } : line;
    });
};
