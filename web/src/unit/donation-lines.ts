import { Quantity } from "@cobuild/domain";
import { newId } from "../api.ts";
import { parseAmount } from "./ledger-figures.ts";

/** One line of the donation form as typed: an item picked from the catalogue and how much of it. */
export interface DonationRow {
  key: string;
  itemId: string;
  quantity: string;
}

/** What is wrong with one row, as error codes (translated where shown). */
export interface RowIssue {
  itemId?: string;
  quantity?: string;
}

export const blankRow = (): DonationRow => ({ key: newId(), itemId: "", quantity: "" });

/**
 * The rows as the command's goods lines. A row left wholly blank is dropped (the form always offers one);
 * a half-filled row, an unreadable or over-precise amount, or an item given twice is reported on its row,
 * so the liaison sees which line to fix rather than a message about "lines".
 */
export function rowsToLines(rows: readonly DonationRow[]): {
  lines: { itemId: string; quantity: number }[];
  issues: Record<string, RowIssue>;
} {
  const lines: { itemId: string; quantity: number }[] = [];
  const issues: Record<string, RowIssue> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const amount = parseAmount(row.quantity);
    if (row.itemId === "" && amount === undefined) continue;
    const issue: RowIssue = {};
    if (row.itemId === "") issue.itemId = "required";
    else if (seen.has(row.itemId)) issue.itemId = "duplicate_item_id";
    seen.add(row.itemId);
    if (amount === undefined) issue.quantity = "required";
    else {
      const checked = Quantity.safeParse(amount);
      if (!checked.success) {
        const first = checked.error.issues[0];
        const named = first?.code === "custom" ? first.params?.code : undefined;
        issue.quantity = typeof named === "string" ? named : (first?.code ?? "invalid");
      }
    }
    if (issue.itemId || issue.quantity) issues[row.key] = issue;
    else if (amount !== undefined) lines.push({ itemId: row.itemId, quantity: amount });
  }
  return { lines, issues };
}
