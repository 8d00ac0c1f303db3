import {
  AcceptDonationInput,
  AddItemInput,
  AdjustStockInput,
  ChangeMinimumStockInput,
  DeclineDonationInput,
  HandOutInput,
  Id,
  ReceiptNo,
  RecordDonationInput,
  SetMonthlyLimitInput,
  type SupermarketEvent,
  VoidReceiptInput,
} from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { entityIdFor } from "../commands/ids.ts";
import { sendCommandResult } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";
import { bodyWith, parseInput } from "../http/validate.ts";
import { CommunityParams, supermarketPath } from "./paths.ts";
import { supermarketReadRoutes } from "./read-routes.ts";
import type { SupermarketService } from "./service.ts";

const ItemParams = z.object({ communityId: Id, itemId: Id });
const DonationParams = z.object({ communityId: Id, donationId: Id });
const ReceiptParams = z.object({ communityId: Id, receiptNo: ReceiptNo });

/*
 * The record ids may be left out; the handler then derives them from the Idempotency-Key, so a retry gets
 * the same id as the first try. These schemas are the domain's shapes with the id optional; the handler
 * parses the full domain schema, refinements included, once the id is known.
 */
const DonationBody = z
  .strictObject(RecordDonationInput.shape)
  .omit({ donationId: true })
  .extend({ donationId: Id.optional() });
const HandOutBody = z
  .strictObject(HandOutInput.shape)
  .omit({ handoutId: true })
  .extend({ handoutId: Id.optional() });
const AdjustmentBody = z
  .strictObject(AdjustStockInput.shape)
  .omit({ adjustmentId: true })
  .extend({ adjustmentId: Id.optional() });

/**
 * What became of a donation sent in: received, with its receipt number, or (from a unit's liaison)
 * waiting for the keeper, without one yet.
 */
const donationOutcome = (events: readonly SupermarketEvent[]) => {
  for (const event of events) {
    if (event.type === "DonationReceived") return { status: "received", receiptNo: event.data.receiptNo };
    if (event.type === "DonationAnnounced") return { status: "pending" };
  }
  return {};
};

const adjustmentOf = (events: readonly SupermarketEvent[]) => {
  for (const event of events) {
    if (event.type === "StockAdjusted") return { delta: event.data.delta, stockAfter: event.data.stockAfter };
  }
  return {};
};

/** The love supermarket (爱心超市) over HTTP: catalogue, intake, hand-outs, corrections, stock and ledger. */
export function supermarketRoutes(supermarket: SupermarketService, access: AccessControl): ApiRoute[] {
  const tag = "Supermarket";
  return [
    route({
      method: "post",
      path: "/communities/:communityId/supermarket/items",
      tag,
      summary: "Add an item to the love supermarket's (爱心超市) catalogue, with its low-stock threshold",
      auth: "session",
      params: CommunityParams,
      body: AddItemInput,
      bodyIncludesParams: true,
      success: { status: 201, description: "Added; the item is read as part of the stock" },
      async handle({ body, envelope, res }) {
        const result = await supermarket.addItem(body, envelope);
        sendCommandResult(
          res,
          result,
          { communityId: body.communityId, itemId: body.itemId },
          { created: `${supermarketPath(body.communityId)}/stock` },
        );
      },
    }),
    route({
      method: "post",
      path: "/communities/:communityId/supermarket/items/:itemId/minimum-stock",
      tag,
      summary: "Change the stock below which an item counts as running low",
      auth: "session",
      params: ItemParams,
      body: ChangeMinimumStockInput,
      bodyIncludesParams: true,
      success: { status: 200, description: "Changed" },
      async handle({ body, envelope, res }) {
        const result = await supermarket.changeMinimumStock(body, envelope);
        sendCommandResult(res, result, { communityId: body.communityId, itemId: body.itemId });
      },
    }),
    route({
      method: "put",
      path: "/communities/:communityId/supermarket/monthly-limit",
      tag,
      summary:
        "Set how much one resident may receive in a calendar month, all items together (null: no limit)",
      auth: "session",
      params: CommunityParams,
      body: SetMonthlyLimitInput,
      bodyIncludesParams: true,
      success: { status: 200, description: "Set" },
      async handle({ body, envelope, res }) {
        const result = await supermarket.setMonthlyLimit(body, envelope);
        sendCommandResult(res, result, { communityId: body.communityId, limit: body.limit });
      },
    }),
    route({
      method: "post",
      path: "/communities/:communityId/supermarket/donations",
      tag,
      summary: "Record a donation of goods and/or money from a unit, a person or an anonymous donor",
      auth: "session",
      params: CommunityParams,
      body: DonationBody,
      bodyIncludesParams: true,
      success: {
        status: 201,
        description:
          'Recorded: status "received" with the receipt number issued; from a liaison for their own unit, status "pending" until the keeper accepts it',
      },
      async handle({ params: { communityId }, req, envelope, res }) {
        const donationId = entityIdFor(`donation:${communityId}`, envelope.idempotencyKey);
        const data = parseInput(RecordDonationInput, { donationId, ...bodyWith(req.body, { communityId }) });
        const result = await supermarket.recordDonation(data, envelope);
        sendCommandResult(
          res,
          result,
          { communityId, donationId: data.donationId, ...donationOutcome(result.events) },
          // A donation is read as lines of the ledger.
          { created: `${supermarketPath(communityId)}/ledger` },
        );
      },
    }),
    route({
      method: "post",
      path: "/communities/:communityId/supermarket/donations/:donationId/acceptance",
      tag,
      summary:
        "Confirm a unit's announced donation arrived (all of it, or less): it enters stock with the next receipt number",
      auth: "session",
      params: DonationParams,
      body: AcceptDonationInput,
      bodyIncludesParams: true,
      success: { status: 200, description: "Received; the body holds the receipt number issued" },
      async handle({ body, envelope, res }) {
        const result = await supermarket.acceptDonation(body, envelope);
        const { communityId, donationId } = body;
        sendCommandResult(res, result, { communityId, donationId, ...donationOutcome(result.events) });
      },
    }),
    route({
      method: "post",
      path: "/communities/:communityId/supermarket/donations/:donationId/decline",
      tag,
      summary: "Decline a unit's announced donation that never arrived, saying why; nothing enters stock",
      auth: "session",
      params: DonationParams,
      body: DeclineDonationInput,
      bodyIncludesParams: true,
      success: { status: 200, description: "Declined" },
      async handle({ body, envelope, res }) {
        const result = await supermarket.declineDonation(body, envelope);
        sendCommandResult(res, result, { communityId: body.communityId, donationId: body.donationId });
      },
    }),
    route({
      method: "post",
      path: "/communities/:communityId/supermarket/receipts/:receiptNo/void",
      tag,
      summary:
        "Void a receipt of this year, saying why: its goods leave stock and its money the totals; the number is not reused",
      auth: "session",
      params: ReceiptParams,
      body: VoidReceiptInput,
      bodyIncludesParams: true,
      success: { status: 200, description: "Voided" },
      async handle({ body, envelope, res }) {
        const result = await supermarket.voidReceipt(body, envelope);
        sendCommandResult(res, result, { communityId: body.communityId, receiptNo: body.receiptNo });
      },
    }),
    route({
      method: "post",
      path: "/communities/:communityId/supermarket/handouts",
      tag,
      summary: "Hand goods to an approved resident in need (困难居民), within stock and the monthly limit",
      auth: "session",
      params: CommunityParams,
      body: HandOutBody,
      bodyIncludesParams: true,
      success: { status: 201, description: "Handed out" },
      async handle({ params: { communityId }, req, envelope, res }) {
        const handoutId = entityIdFor(`handout:${communityId}`, envelope.idempotencyKey);
        const data = parseInput(HandOutInput, { handoutId, ...bodyWith(req.body, { communityId }) });
        const result = await supermarket.handOut(data, envelope);
        sendCommandResult(
          res,
          result,
          { communityId, handoutId: data.handoutId },
          { created: `${supermarketPath(communityId)}/ledger` },
        );
      },
    }),
    route({
      method: "post",
      path: "/communities/:communityId/supermarket/adjustments",
      tag,
      summary: "Correct an item's stock: remove damaged or expired goods, or set the amount counted",
      auth: "session",
      params: CommunityParams,
      body: AdjustmentBody,
      bodyIncludesParams: true,
      success: { status: 201, description: "Adjusted; the body holds the change and the stock after it" },
      async handle({ params: { communityId }, req, envelope, res }) {
        const adjustmentId = entityIdFor(`adjustment:${communityId}`, envelope.idempotencyKey);
        const data = parseInput(AdjustStockInput, { adjustmentId, ...bodyWith(req.body, { communityId }) });
        const result = await supermarket.adjustStock(data, envelope);
        sendCommandResult(
          res,
          result,
          {
            communityId,
            adjustmentId: data.adjustmentId,
            itemId: data.itemId,
            ...adjustmentOf(result.events),
          },
          { created: `${supermarketPath(communityId)}/ledger` },
        );
      },
    }),
    ...supermarketReadRoutes(supermarket, access),
  ];
}
