import { conflict, notFound, validationError } from "../shared/errors.ts";
import { ensurePlausible } from "../shared/plausibility.ts";
import type { AnnounceDonation, RecordDonation } from "./commands.ts";
import { catalogueItem, ensureCommunity, required, type SupermarketDecideContext } from "./context.ts";
import type { DonationAnnounced, DonationReceived, GoodsLine } from "./events.ts";
import { chainHas } from "./id-chain.ts";
import type { SupermarketState } from "./state.ts";

/** A donation of money above this (yuan) is confirmed by whoever records it. */
const LARGE_SUM_YUAN = 50_000;

/** The next receipt number for a donation received on `date`: `<year>-<5-digit sequence in that year>`. */
export const nextReceiptNo = (state: SupermarketState, date: string): string => {
  const year = date.slice(0, 4);
  const sequence = (state.receipts.get(year) ?? 0) + 1;
  return `${year}-${String(sequence).padStart(5, "0")}`;
};

/** The donating unit must be registered in this community; other donors need no check. */
const ensureDonor = (
  { type, data }: RecordDonation | AnnounceDonation,
  context: SupermarketDecideContext,
) => {
  if (data.donor.kind !== "unit") return;
  const { unitId } = data.donor;
  const unit = required(context.donorUnit, "the donor unit's state", type);
  if (unit.status !== "registered" || unit.unit.unitId !== unitId) {
    throw notFound("unit_not_found", `Unit ${unitId} is not registered.`, "donor.unitId");
  }
  if (unit.unit.communityId !== data.communityId) {
    throw conflict(
      "unit_not_in_community",
      `Unit ${unitId} does not belong to community ${data.communityId}.`,
      "donor.unitId",
    );
  }
};

/**
 * Goods go into stock and onto the public list: a line far beyond the item's usual scale (ten times its
 * minimum stock, and at least 100) or a large sum needs the sender's confirmation first. Every line's
 * item must be in the catalogue.
 */
export const ensureDonationPlausible = (
  state: SupermarketState,
  lines: readonly GoodsLine[],
  money: number | undefined,
  confirmed: boolean | undefined,
): void => {
  lines.forEach((line, index) => {
    const item = catalogueItem(state, line.itemId, `lines.${index}.itemId`);
    const usual = Math.max(10 * item.minimumStock, 100);
    ensurePlausible(
      line.quantity,
      usual,
      confirmed,
      `lines.${index}.quantity`,
      "what this item usually takes",
    );
  });
  if (money !== undefined)
    ensurePlausible(money, LARGE_SUM_YUAN, confirmed, "money", "a usual donation of money");
};

/** A date entered for a donation may be today or earlier, never later. */
export const ensureNotFuture = (date: string, context: SupermarketDecideContext, field: string): void => {
  if (date > context.today) {
    throw validationError("date_in_future", "A donation cannot be received in the future.", field);
  }
};

/** What RecordDonation and AnnounceDonation both check: a new id, a past date, the community and donor. */
const ensureRecordable = (
  command: RecordDonation | AnnounceDonation,
  state: SupermarketState,
  context: SupermarketDecideContext,
): void => {
  const { data } = command;
  if (chainHas(state.donationIds, data.donationId)) {
    throw conflict(
      "donation_already_recorded",
      `Donation ${data.donationId} is already recorded.`,
      "donationId",
    );
  }
  ensureNotFuture(data.receivedOn, context, "receivedOn");
  ensureCommunity(required(context.community, "the community's state", command.type), data.communityId);
  ensureDonor(command, context);
  ensureDonationPlausible(state, data.lines, data.money, data.confirmed);
};

/** RecordDonation: goods go into stock, money into the ledger, and a receipt number is issued. */
export const decideDonation = (
  command: RecordDonation,
  state: SupermarketState,
  context: SupermarketDecideContext,
): DonationReceived[] => {
  ensureRecordable(command, state, context);
  const { confirmed: _, ...received } = command.data;
  const receiptNo = nextReceiptNo(state, received.receivedOn);
  return [{ type: "DonationReceived", data: { ...received, receiptNo } }];
};

/**
 * AnnounceDonation: the same donation, recorded by its unit's liaison, waits for the keeper. It is held
 * to the same checks now, so what the keeper is asked to accept was already plausible when entered.
 */
export const decideAnnouncement = (
  command: AnnounceDonation,
  state: SupermarketState,
  context: SupermarketDecideContext,
): DonationAnnounced[] => {
  ensureRecordable(command, state, context);
  const { confirmed: _, receivedOn: givenOn, ...announced } = command.data;
  return [{ type: "DonationAnnounced", data: { ...announced, givenOn } }];
};
