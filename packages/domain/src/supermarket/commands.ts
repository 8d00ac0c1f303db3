import { z } from "zod";
import type { DomainCommand } from "../shared/decider.ts";
import type { DataSchemaMap } from "../shared/messages.ts";
import { Confirmed } from "../shared/plausibility.ts";
import { Id, LocalDate, Name } from "../shared/schemas.ts";
import {
  DonationReceivedData,
  GoodsHandedOutData,
  GoodsLine,
  ItemAddedData,
  MinimumStockChangedData,
  MonthlyLimitSetData,
  ReceiptNo,
  StockAdjustedData,
  SupermarketNote,
  SupermarketReason,
} from "./events.ts";

/** Body of AddItem: exactly the fact it records. */
export const AddItemInput = ItemAddedData.strict();
export type AddItemInput = z.infer<typeof AddItemInput>;

/** Body of ChangeMinimumStock. */
export const ChangeMinimumStockInput = MinimumStockChangedData.strict();
export type ChangeMinimumStockInput = z.infer<typeof ChangeMinimumStockInput>;

/** Body of SetMonthlyLimit; `limit: null` removes the limit. */
export const SetMonthlyLimitInput = MonthlyLimitSetData.strict();
export type SetMonthlyLimitInput = z.infer<typeof SetMonthlyLimitInput>;

const StrictGoodsLine = GoodsLine.strict();

/** Each item once per list, so a line's quantity is the whole of that item; points at the repeat. */
const refineUniqueItems = (lines: readonly GoodsLine[], ctx: z.RefinementCtx): void => {
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    if (seen.has(line.itemId)) {
      ctx.addIssue({
        code: "custom",
        path: ["lines", index, "itemId"],
        message: "Each item may appear only once",
        params: { code: "duplicate_item_id" },
      });
    }
    seen.add(line.itemId);
  });
};

/** Body of RecordDonation: goods, money or both. The receipt number is issued by the decider. */
export const RecordDonationInput = DonationReceivedData.omit({ receiptNo: true })
  .extend({
    donor: z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("unit"), unitId: Id }),
      z.strictObject({ kind: z.literal("person"), name: Name }),
      z.strictObject({ kind: z.literal("anonymous") }),
    ]),
    lines: z.array(StrictGoodsLine).max(50).default([]),
    note: SupermarketNote.default(""),
    /** The sender confirmed a line or an amount far beyond the usual (see decideDonation). */
    confirmed: Confirmed,
  })
  .strict()
  .superRefine((donation, ctx) => {
    refineUniqueItems(donation.lines, ctx);
    if (donation.lines.length === 0 && donation.money === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["lines"],
        message: "A donation needs at least one item or an amount of money",
        params: { code: "donation_empty" },
      });
    }
  });
/** The parsed body (defaults applied); `z.input<typeof RecordDonationInput>` is what a form may send. */
export type RecordDonationInput = z.infer<typeof RecordDonationInput>;

/**
 * Body of AcceptDonation: the keeper confirms an announced donation arrived, and a receipt is issued.
 * `receivedOn` defaults to today; `lines`, when given, is what actually arrived where it was less than
 * announced (each announced item at most once, none beyond its announced quantity; an item left out did
 * not arrive). The money is the announcement's.
 */
export const AcceptDonationInput = z
  .strictObject({
    communityId: Id,
    donationId: Id,
    receivedOn: LocalDate.optional(),
    lines: z.array(StrictGoodsLine).max(50).optional(),
    /** The keeper confirmed a line or an amount far beyond the usual (see decideDonation). */
    confirmed: Confirmed,
  })
  .superRefine((acceptance, ctx) => refineUniqueItems(acceptance.lines ?? [], ctx));
export type AcceptDonationInput = z.infer<typeof AcceptDonationInput>;

/** Body of DeclineDonation: the announced donation never arrived, and why. */
export const DeclineDonationInput = z.strictObject({
  communityId: Id,
  donationId: Id,
  reason: SupermarketReason,
});
export type DeclineDonationInput = z.infer<typeof DeclineDonationInput>;

/** Body of VoidReceipt: the receipt to void, and why. */
export const VoidReceiptInput = z.strictObject({
  communityId: Id,
  receiptNo: ReceiptNo,
  reason: SupermarketReason,
});
export type VoidReceiptInput = z.infer<typeof VoidReceiptInput>;

/** Body of HandOut: one to 50 items, each once. */
export const HandOutInput = GoodsHandedOutData.extend({ lines: z.array(StrictGoodsLine).min(1).max(50) })
  .strict()
  .superRefine((handout, ctx) => refineUniqueItems(handout.lines, ctx));
export type HandOutInput = z.infer<typeof HandOutInput>;

/**
 * Body of AdjustStock. Damage and expiry remove a positive amount and must say why; a stock-take gives
 * the counted amount, which may be nothing.
 */
export const AdjustStockInput = StockAdjustedData.omit({ adjustedOn: true, delta: true, stockAfter: true })
  .extend({ note: SupermarketNote.default("") })
  .strict()
  .superRefine((adjustment, ctx) => {
    if (adjustment.reason === "stock_take") return;
    if (adjustment.quantity === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["quantity"],
        message: "Damage or expiry must remove more than nothing",
        params: { code: "quantity_not_positive" },
      });
    }
    if (adjustment.note === "") {
      ctx.addIssue({
        code: "custom",
        path: ["note"],
        message: "Say what was damaged or expired",
        params: { code: "note_required" },
      });
    }
  });
/** The parsed body (defaults applied). */
export type AdjustStockInput = z.infer<typeof AdjustStockInput>;

export type AddItem = DomainCommand<"AddItem", AddItemInput>;
export type ChangeMinimumStock = DomainCommand<"ChangeMinimumStock", ChangeMinimumStockInput>;
export type SetMonthlyLimit = DomainCommand<"SetMonthlyLimit", SetMonthlyLimitInput>;
export type RecordDonation = DomainCommand<"RecordDonation", RecordDonationInput>;
/**
 * The same body as RecordDonation, sent by someone who may record only their own unit's donations (a
 * liaison): it waits for the keeper (DonationAnnounced) instead of entering stock.
 */
export type AnnounceDonation = DomainCommand<"AnnounceDonation", RecordDonationInput>;
export type AcceptDonation = DomainCommand<"AcceptDonation", AcceptDonationInput>;
export type DeclineDonation = DomainCommand<"DeclineDonation", DeclineDonationInput>;
export type VoidReceipt = DomainCommand<"VoidReceipt", VoidReceiptInput>;
export type HandOut = DomainCommand<"HandOut", HandOutInput>;
export type AdjustStock = DomainCommand<"AdjustStock", AdjustStockInput>;
export type SupermarketCommand =
  | AddItem
  | ChangeMinimumStock
  | SetMonthlyLimit
  | RecordDonation
  | AnnounceDonation
  | AcceptDonation
  | DeclineDonation
  | VoidReceipt
  | HandOut
  | AdjustStock;

/** Supermarket command type → data schema, for the API to parse request bodies. */
export const supermarketCommandSchemas = {
  AddItem: AddItemInput,
  ChangeMinimumStock: ChangeMinimumStockInput,
  SetMonthlyLimit: SetMonthlyLimitInput,
  RecordDonation: RecordDonationInput,
  AnnounceDonation: RecordDonationInput,
  AcceptDonation: AcceptDonationInput,
  DeclineDonation: DeclineDonationInput,
  VoidReceipt: VoidReceiptInput,
  HandOut: HandOutInput,
  AdjustStock: AdjustStockInput,
} satisfies DataSchemaMap<SupermarketCommand>;
