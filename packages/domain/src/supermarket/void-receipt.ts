import { conflict, notFound } from "../shared/errors.ts";
import { compareQuantities } from "../shared/quantities.ts";
import type { VoidReceipt } from "./commands.ts";
import { required, type SupermarketDecideContext, stockOf } from "./context.ts";
import type { ReceiptVoided } from "./events.ts";
import { type OpenReceipt, receiptYear, type SupermarketState } from "./state.ts";

const closed = (receiptNo: string) =>
  conflict(
    "receipt_year_closed",
    `Receipt ${receiptNo} belongs to a year that is over; correct the stock with an adjustment instead.`,
    "receiptNo",
  );

/** The receipt to void: issued, of this year, and not voided yet. */
const openReceipt = (state: SupermarketState, receiptNo: string, today: string): OpenReceipt => {
  const receipt = state.openReceipts.get(receiptNo);
  if (receipt === undefined) {
    // Only the open year's receipts are kept: a number issued but not kept is of a closed year.
    const issued = Number(receiptNo.slice(5)) <= (state.receipts.get(receiptYear(receiptNo)) ?? 0);
    if (issued) throw closed(receiptNo);
    throw notFound("receipt_not_found", `No receipt ${receiptNo} was issued.`, "receiptNo");
  }
  if (receipt.voided) {
    throw conflict("receipt_already_voided", `Receipt ${receiptNo} is voided already.`, "receiptNo");
  }
  if (receiptYear(receiptNo) !== today.slice(0, 4)) throw closed(receiptNo);
  return receipt;
};

/**
 * VoidReceipt: a receipt issued in error (goods never there, the wrong donor, a figure mistyped) is
 * voided with a reason during its own year. Its goods leave stock, so goods already handed out cannot
 * be voided: stock never goes below zero. The number stays taken; the next receipt gets the next one.
 */
export const decideVoid = (
  { data }: VoidReceipt,
  state: SupermarketState,
  context: SupermarketDecideContext,
): ReceiptVoided[] => {
  const receipt = openReceipt(state, data.receiptNo, context.today);
  for (const line of receipt.lines) {
    const left = stockOf(state, line.itemId);
    if (compareQuantities(line.quantity, left) > 0) {
      throw conflict(
        "stock_short",
        `Only ${left} of item ${line.itemId} left in stock; receipt ${data.receiptNo} took in ${line.quantity} and some went out since.`,
        "receiptNo",
      );
    }
  }
  const { voided: _, ...voided } = receipt;
  const voidedBy = required(context.actorName, "the name of whoever voids it", "VoidReceipt");
  return [
    {
      type: "ReceiptVoided",
      data: {
        communityId: data.communityId,
        ...voided,
        reason: data.reason,
        voidedOn: context.today,
        voidedBy,
      },
    },
  ];
};
