import { z } from "zod";
import { defineEvents, type EventOf, type EventsOf } from "../shared/event-registry.ts";
import { Id, LocalDate, Name, plainText, Quantity } from "../shared/schemas.ts";

/** The stream holding one community's love supermarket (爱心超市): catalogue, stock, intake and hand-outs. */
export const supermarketStream = (communityId: string): string => `supermarket-${communityId}`;

/** What the supermarket stocks: 衣物, 粮油, 日用品, 食品, 电器, 图书, other. */
export const itemCategories = [
  "clothing",
  "grain_oil",
  "daily_goods",
  "food",
  "appliance",
  "books",
  "other",
] as const;
export const ItemCategory = z.enum(itemCategories);
export type ItemCategory = z.infer<typeof ItemCategory>;

/** Why stock was corrected: damaged (损坏), expired (过期) or counted (盘点). */
export const adjustmentReasons = ["damage", "expiry", "stock_take"] as const;
export const AdjustmentReason = z.enum(adjustmentReasons);
export type AdjustmentReason = z.infer<typeof AdjustmentReason>;

/** True when a number has at most two decimal places as written, as for `Quantity`. */
const hasAtMostTwoDecimals = (value: number): boolean => /^-?\d+(\.\d{1,2})?$/.test(String(value));
const twoDecimals = { error: "At most 2 decimal places", params: { code: "too_many_decimals" } };

/** An amount that may be nothing (a minimum stock of 0, a counted shelf that is empty). */
export const StockQuantity = z.number().min(0).max(10_000_000).refine(hasAtMostTwoDecimals, twoDecimals);
/** Derived amounts (stock after, signed change) carry no upper bound, so a stored fact always reads back. */
const DerivedStock = z.number().min(0).refine(hasAtMostTwoDecimals, twoDecimals);
const SignedQuantity = z.number().refine(hasAtMostTwoDecimals, twoDecimals);

/** One item and how much of it: 20 kg of rice, 3 coats. */
export const GoodsLine = z.object({ itemId: Id, quantity: Quantity });
export type GoodsLine = z.infer<typeof GoodsLine>;

/** Who gave: a resident unit (驻区单位), a named person, or someone who asked not to be named. */
export const Donor = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("unit"), unitId: Id }),
  z.object({ kind: z.literal("person"), name: Name }),
  z.object({ kind: z.literal("anonymous") }),
]);
export type Donor = z.infer<typeof Donor>;

/** A receipt number, `<year>-<sequence>`: 2025-00042. */
export const ReceiptNo = z.string().regex(/^\d{4}-\d{5,}$/);
/** A remark on a donation or an adjustment. */
export const SupermarketNote = plainText(500, { multiline: true });
/** Why an announced donation was declined or a receipt voided: one line, required. */
export const SupermarketReason = plainText(200).pipe(z.string().min(1));

/** An item joined the catalogue, with the stock below which it counts as running low. */
export const ItemAddedData = z.object({
  communityId: Id,
  itemId: Id,
  name: Name,
  category: ItemCategory,
  /** Free text because the field counts in its own words: 件, 袋, kg. */
  unitOfMeasure: plainText(10).pipe(z.string().min(1)),
  minimumStock: StockQuantity,
});
export type ItemAddedData = z.infer<typeof ItemAddedData>;

/** The low-stock threshold of one item changed. */
export const MinimumStockChangedData = z.object({ communityId: Id, itemId: Id, minimumStock: StockQuantity });
export type MinimumStockChangedData = z.infer<typeof MinimumStockChangedData>;

/** The total one resident may receive in a calendar month, all items together; null means no limit. */
export const MonthlyLimitSetData = z.object({ communityId: Id, limit: Quantity.nullable() });
export type MonthlyLimitSetData = z.infer<typeof MonthlyLimitSetData>;

/** Goods and/or money were donated; `receiptNo` was issued by the decider, gap-free within the year. */
export const DonationReceivedData = z.object({
  communityId: Id,
  donationId: Id,
  receiptNo: ReceiptNo,
  receivedOn: LocalDate,
  donor: Donor,
  lines: z.array(GoodsLine).max(50),
  /** Money given, in yuan. */
  money: Quantity.optional(),
  note: SupermarketNote,
});
export type DonationReceivedData = z.infer<typeof DonationReceivedData>;

/**
 * A unit's liaison recorded a donation (登记捐赠). It waits for the keeper to confirm receipt: until then
 * it has no receipt number, is not in stock and is not on the public list. Acceptance is the
 * DonationReceived with the same `donationId`; DonationDeclined ends it without stock.
 */
export const DonationAnnouncedData = z.object({
  communityId: Id,
  donationId: Id,
  /** The day the unit says it gave the goods (the date on the liaison's form). */
  givenOn: LocalDate,
  donor: Donor,
  lines: z.array(GoodsLine).max(50),
  /** Money given, in yuan. */
  money: Quantity.optional(),
  note: SupermarketNote,
});
export type DonationAnnouncedData = z.infer<typeof DonationAnnouncedData>;

/** The keeper did not receive an announced donation; nothing entered stock. `donor` is the announcement's. */
export const DonationDeclinedData = z.object({
  communityId: Id,
  donationId: Id,
  donor: Donor,
  reason: SupermarketReason,
  declinedOn: LocalDate,
});
export type DonationDeclinedData = z.infer<typeof DonationDeclinedData>;

/**
 * A receipt was voided (作废): its goods leave stock and its money the totals, and its number is never
 * issued again. The decider copies what the receipt held, so every reader can undo it from this event alone.
 */
export const ReceiptVoidedData = z.object({
  communityId: Id,
  receiptNo: ReceiptNo,
  donationId: Id,
  receivedOn: LocalDate,
  donor: Donor,
  lines: z.array(GoodsLine).max(50),
  money: Quantity.optional(),
  reason: SupermarketReason,
  voidedOn: LocalDate,
  /** The name of whoever voided it, as their account showed it then (the log's actor is their login). */
  voidedBy: Name,
});
export type ReceiptVoidedData = z.infer<typeof ReceiptVoidedData>;

/** A resident in need (困难居民) received goods. */
export const GoodsHandedOutData = z.object({
  communityId: Id,
  handoutId: Id,
  residentId: Id,
  handedOutOn: LocalDate,
  lines: z.array(GoodsLine).min(1).max(50),
});
export type GoodsHandedOutData = z.infer<typeof GoodsHandedOutData>;

/**
 * Stock of one item was corrected. `quantity` is what the staff entered (the amount removed for damage
 * and expiry, the amount counted for a stock-take); `delta` and `stockAfter` are what it did to the stock.
 */
export const StockAdjustedData = z.object({
  communityId: Id,
  adjustmentId: Id,
  itemId: Id,
  reason: AdjustmentReason,
  quantity: StockQuantity,
  note: SupermarketNote,
  /** The day the adjustment was recorded (the command carries no date; the decider stamps today). */
  adjustedOn: LocalDate,
  delta: SignedQuantity,
  stockAfter: DerivedStock,
});
export type StockAdjustedData = z.infer<typeof StockAdjustedData>;

/** Events of a `supermarket-…` stream, declared once: schema, current version, upcasters. */
export const supermarketEvents = defineEvents({
  ItemAdded: { schema: ItemAddedData },
  MinimumStockChanged: { schema: MinimumStockChangedData },
  MonthlyLimitSet: { schema: MonthlyLimitSetData },
  DonationReceived: { schema: DonationReceivedData },
  DonationAnnounced: { schema: DonationAnnouncedData },
  DonationDeclined: { schema: DonationDeclinedData },
  ReceiptVoided: { schema: ReceiptVoidedData },
  GoodsHandedOut: { schema: GoodsHandedOutData },
  StockAdjusted: { schema: StockAdjustedData },
});

/** The same events as a `{ type, data }` union schema (current versions; no upcasting). */
export const SupermarketEvent = supermarketEvents.union;
export type SupermarketEvent = EventsOf<typeof supermarketEvents>;
export type ItemAdded = EventOf<typeof supermarketEvents, "ItemAdded">;
export type MinimumStockChanged = EventOf<typeof supermarketEvents, "MinimumStockChanged">;
export type MonthlyLimitSet = EventOf<typeof supermarketEvents, "MonthlyLimitSet">;
export type DonationReceived = EventOf<typeof supermarketEvents, "DonationReceived">;
export type DonationAnnounced = EventOf<typeof supermarketEvents, "DonationAnnounced">;
export type DonationDeclined = EventOf<typeof supermarketEvents, "DonationDeclined">;
export type ReceiptVoided = EventOf<typeof supermarketEvents, "ReceiptVoided">;
export type GoodsHandedOut = EventOf<typeof supermarketEvents, "GoodsHandedOut">;
export type StockAdjusted = EventOf<typeof supermarketEvents, "StockAdjusted">;

/** Supermarket event type → current data schema. */
export const supermarketEventSchemas = supermarketEvents.schemas;
