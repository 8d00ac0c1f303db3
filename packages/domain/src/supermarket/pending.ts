import { conflict, notFound, validationError } from "../shared/errors.ts";
import { compareQuantities } from "../shared/quantities.ts";
import type { AcceptDonation, DeclineDonation } from "./commands.ts";
import type { SupermarketDecideContext } from "./context.ts";
import { ensureDonationPlausible, ensureNotFuture, nextReceiptNo } from "./donation.ts";
import type { DonationDeclined, DonationReceived, GoodsLine } from "./events.ts";
import { chainHas } from "./id-chain.ts";
import type { PendingDonation, SupermarketState } from "./state.ts";

/** The announced donation a command names: 404 when never recorded, 409 when accepted or declined already. */
const pendingDonation = (state: SupermarketState, donationId: string): PendingDonation => {
  const pending = state.pending.get(donationId);
  if (pending !== undefined) return pending;
  if (chainHas(state.donationIds, donationId)) {
    throw conflict(
      "donation_not_pending",
      `Donation ${donationId} is not waiting for confirmation: it was received or declined already.`,
      "donationId",
    );
  }
  throw notFound("donation_not_found", `No donation ${donationId} was announced.`, "donationId");
};

/** What arrived, when the keeper says it was less: announced items only, none beyond what was announced. */
const ensureWithinAnnounced = (pending: PendingDonation, lines: readonly GoodsLine[]): void => {
  lines.forEach((line, index) => {
    const announced = pending.lines.find((candidate) => candidate.itemId === line.itemId);
    if (announced === undefined) {
      throw conflict(
        "item_not_announced",
        `Item ${line.itemId} was not announced; record it as a donation of its own.`,
        `lines.${index}.itemId`,
      );
    }
    if (compareQuantities(line.quantity, announced.quantity) > 0) {
      throw conflict(
        "more_than_announced",
        `Only ${announced.quantity} of item ${line.itemId} was announced; record the rest as a donation of its own.`,
        `lines.${index}.quantity`,
      );
    }
  });
};

/**
 * AcceptDonation: the keeper confirms an announced donation arrived. It is received as any donation is
 * (DonationReceived, same donationId): into stock, onto the public list, with the next receipt number of
 * the year it was received in, so numbers follow the order they are issued in and leave no gap. The
 * receipt is dated the day the goods arrived, which the keeper gives (today by default), not the day the
 * unit announced.
 */
export const decideAcceptance = (
  { data }: AcceptDonation,
  state: SupermarketState,
  context: SupermarketDecideContext,
): DonationReceived[] => {
  const pending = pendingDonation(state, data.donationId);
  const receivedOn = data.receivedOn ?? context.today;
  ensureNotFuture(receivedOn, context, "receivedOn");
  if (receivedOn < pending.givenOn) {
    throw validationError(
      "date_before_given",
      `The donation was given on ${pending.givenOn}; it cannot have been received before.`,
      "receivedOn",
    );
  }
  const lines = data.lines ?? pending.lines;
  ensureWithinAnnounced(pending, lines);
  if (lines.length === 0 && pending.money === undefined) {
    throw validationError(
      "donation_empty",
      "A donation needs at least one item or an amount of money.",
      "lines",
    );
  }
  ensureDonationPlausible(state, lines, pending.money, data.confirmed);
  const { givenOn: _, ...donation } = pending;
  const receiptNo = nextReceiptNo(state, receivedOn);
  return [
    {
      type: "DonationReceived",
      data: { communityId: data.communityId, ...donation, lines: [...lines], receivedOn, receiptNo },
    },
  ];
};

/** DeclineDonation: the announced donation never arrived; it leaves the queue and nothing enters stock. */
export const decideDecline = (
  { data }: DeclineDonation,
  state: SupermarketState,
  { today }: SupermarketDecideContext,
): DonationDeclined[] => {
  const { donor } = pendingDonation(state, data.donationId);
  const { communityId, donationId, reason } = data;
  return [{ type: "DonationDeclined", data: { communityId, donationId, donor, reason, declinedOn: today } }];
};
