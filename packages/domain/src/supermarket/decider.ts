import type { Decider } from "../shared/decider.ts";
import { conflict } from "../shared/errors.ts";
import { compareQuantities, subtractQuantities } from "../shared/quantities.ts";
import type {
  AddItem,
  AdjustStock,
  ChangeMinimumStock,
  SetMonthlyLimit,
  SupermarketCommand,
} from "./commands.ts";
import {
  catalogueItem,
  ensureCommunity,
  required,
  type SupermarketDecideContext,
  stockOf,
} from "./context.ts";
import { decideAnnouncement, decideDonation } from "./donation.ts";
import type {
  ItemAdded,
  MinimumStockChanged,
  MonthlyLimitSet,
  StockAdjusted,
  SupermarketEvent,
} from "./events.ts";
import { decideHandOut } from "./handout.ts";
import { chainHas } from "./id-chain.ts";
import { decideAcceptance, decideDecline } from "./pending.ts";
import { evolveSupermarket, initialSupermarketState, type SupermarketState } from "./state.ts";
import { decideVoid } from "./void-receipt.ts";

const decideAddItem = (
  { data }: AddItem,
  state: SupermarketState,
  context: SupermarketDecideContext,
): ItemAdded[] => {
  if (state.catalogue.has(data.itemId)) {
    throw conflict("item_already_exists", `Item ${data.itemId} is already in the catalogue.`, "itemId");
  }
  ensureCommunity(required(context.community, "the community's state", "AddItem"), data.communityId);
  return [{ type: "ItemAdded", data }];
};

const decideMinimumStock = ({ data }: ChangeMinimumStock, state: SupermarketState): MinimumStockChanged[] => {
  catalogueItem(state, data.itemId, "itemId");
  return [{ type: "MinimumStockChanged", data }];
};

const decideMonthlyLimit = (
  { data }: SetMonthlyLimit,
  context: SupermarketDecideContext,
): MonthlyLimitSet[] => {
  // The stream may be empty still: a limit set before any item must not open a supermarket for nobody.
  ensureCommunity(required(context.community, "the community's state", "SetMonthlyLimit"), data.communityId);
  return [{ type: "MonthlyLimitSet", data }];
};

const decideAdjustment = (
  { data }: AdjustStock,
  state: SupermarketState,
  { today }: SupermarketDecideContext,
): StockAdjusted[] => {
  if (chainHas(state.adjustmentIds, data.adjustmentId)) {
    throw conflict(
      "adjustment_already_recorded",
      `Adjustment ${data.adjustmentId} is already recorded.`,
      "adjustmentId",
    );
  }
  catalogueItem(state, data.itemId, "itemId");
  const stock = stockOf(state, data.itemId);
  if (data.reason === "stock_take") {
    const delta = subtractQuantities(data.quantity, stock);
    return [
      { type: "StockAdjusted", data: { ...data, adjustedOn: today, delta, stockAfter: data.quantity } },
    ];
  }
  if (compareQuantities(data.quantity, stock) > 0) {
    throw conflict("stock_short", `Only ${stock} of item ${data.itemId} left in stock.`, "quantity");
  }
  const stockAfter = subtractQuantities(stock, data.quantity);
  const delta = subtractQuantities(0, data.quantity);
  return [{ type: "StockAdjusted", data: { ...data, adjustedOn: today, delta, stockAfter } }];
};

/**
 * Rules of a `supermarket-…` stream: keep a catalogue, take in donations with receipt numbers (a
 * liaison's only once the keeper confirms it arrived), void a receipt issued in error, hand goods to
 * approved residents in need without ever going below zero stock, and correct stock with a reason.
 */
export const supermarketDecider: Decider<
  SupermarketCommand,
  SupermarketEvent,
  SupermarketState,
  SupermarketDecideContext
> = {
  initialState: initialSupermarketState,
  decide(command, state, context) {
    switch (command.type) {
      case "AddItem":
        return decideAddItem(command, state, context);
      case "ChangeMinimumStock":
        return decideMinimumStock(command, state);
      case "SetMonthlyLimit":
        return decideMonthlyLimit(command, context);
      case "RecordDonation":
        return decideDonation(command, state, context);
      case "AnnounceDonation":
        return decideAnnouncement(command, state, context);
      case "AcceptDonation":
        return decideAcceptance(command, state, context);
      case "DeclineDonation":
        return decideDecline(command, state, context);
      case "VoidReceipt":
        return decideVoid(command, state, context);
      case "HandOut":
        return decideHandOut(command, state, context);
      case "AdjustStock":
        return decideAdjustment(command, state, context);
    }
  },
  evolve: evolveSupermarket,
};
