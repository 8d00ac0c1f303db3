import { conflict, notFound, validationError } from "../shared/errors.ts";
import { ensurePlausible } from "../shared/plausibility.ts";
import type { RecordDonation } from "./commands.ts";
import { catalogueItem, ensureCommunity, required, type SupermarketDecideContext } from "./context.ts";
import type { DonationReceived } from "./events.ts";
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
const ensureDonor = ({ data }: RecordDonation, context: SupermarketDecideContext): void => {
  if (data.donor.kind !== "unit") return;
  const { unitId } = data.donor;
  const unit = required(context.donorUnit, "the donor unit's state", "RecordDonation");
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

/** RecordDonation: goods go into stock, money into the ledger, and a receipt number is issued. */
export const decideDonation = (
  command: RecordDonation,
  state: SupermarketState,
  context: SupermarketDecideContext,
): DonationReceived[] => {
  const { data } = command;
  if (chainHas(state.donationIds, data.donationId)) {
    throw conflict(
      "donation_already_recorded",
      `Donation ${data.donationId} is already recorded.`,
      "donationId",
    );
  }
  if (data.receivedOn > context.today) {
    throw validationError("date_in_future", "A donation cannot be received in the future.", "receivedOn");
  }
  ensureCommunity(required(context.community, "the community's state", "RecordDonation"), data.communityId);
  ensureDonor(command, context);
  // Goods go into stock and onto the public list at once: a line far beyond the item's usual scale (ten
  // times its minimum stock, and at least 100) or a large sum needs the sender's confirmation first.
  const { confirmed, ...received } = data;
  data.lines.forEach((line, index) => {
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
  if (data.money !== undefined)
    ensurePlausible(data.money, LARGE_SUM_YUAN, confirmed, "money", "a usual donation of money");
  const receiptNo = nextReceiptNo(state, data.receivedOn);
  return [{ type: "DonationReceived", data: { ...received, receiptNo } }];
};
