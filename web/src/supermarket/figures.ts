import type { SupermarketItem, SupermarketLine } from "@cobuild/boards";
import { addQuantities, compareQuantities, type LedgerLine, subtractQuantities } from "@cobuild/domain";

/** The catalogue in a steady reading order: by category as listed, then by name. */
export const catalogueOrder = (
  items: readonly SupermarketItem[],
  categories: readonly string[],
): SupermarketItem[] =>
  [...items].sort(
    (a, b) =>
      categories.indexOf(a.category) - categories.indexOf(b.category) ||
      a.name.localeCompare(b.name, "zh-CN"),
  );

/** The exact total of some lines' quantities (0.1 + 0.2 is 0.3). */
export const totalQuantity = (lines: readonly { quantity: number }[]): number =>
  lines.reduce((sum, line) => addQuantities(sum, line.quantity), 0);

/**
 * What one resident received in one month (YYYY-MM), all items together, from the ledger's lines (which
 * carry hand-outs as negative quantities). The keeper sees it before handing out, against the limit.
 */
export const receivedInMonthFromLedger = (
  lines: readonly LedgerLine[],
  residentId: string,
  month: string,
): number =>
  lines
    .filter(
      (line) => line.kind === "handout" && line.residentId === residentId && line.date.startsWith(month),
    )
    .reduce((sum, line) => subtractQuantities(sum, line.quantity), 0);

/** A line as the counter asks for it: an item and how much. */
export interface WantedLine {
  itemId: string;
  quantity: number;
}

/** The lines asking for more than the board says is in stock, with what is there. */
export const linesOverStock = (
  lines: readonly WantedLine[],
  items: Readonly<Record<string, SupermarketItem>>,
): { item: SupermarketItem; asked: number }[] =>
  lines.flatMap((line) => {
    const item = items[line.itemId];
    if (!item || !Number.isFinite(line.quantity)) return [];
    return compareQuantities(line.quantity, item.stock) > 0 ? [{ item, asked: line.quantity }] : [];
  });

/**
 * A number typed into a form: empty is NaN (so the schema says "required" rather than taking 0), and a
 * Chinese keyboard's full-width digits and decimal point are read as ASCII.
 */
export const parseAmount = (text: string): number => {
  const ascii = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".");
  return ascii === "" ? Number.NaN : Number(ascii);
};

/** Lines in the shape the board shows them, from the counter's lines and the board's items. */
export const linesForDisplay = (
  lines: readonly WantedLine[],
  items: Readonly<Record<string, SupermarketItem>>,
): SupermarketLine[] =>
  lines.map((line) => {
    const item = items[line.itemId];
    return {
      itemId: line.itemId,
      name: item?.name ?? line.itemId,
      unitOfMeasure: item?.unitOfMeasure ?? "",
      quantity: line.quantity,
    };
  });
