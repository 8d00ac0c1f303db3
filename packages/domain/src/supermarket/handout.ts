import { conflict, notFound, validationError } from "../shared/errors.ts";
import { compareQuantities, subtractQuantities } from "../shared/quantities.ts";
import type { ResidentView } from "../shared/views.ts";
import type { HandOut } from "./commands.ts";
import { catalogueItem, type SupermarketDecideContext, stockOf } from "./context.ts";
import type { GoodsHandedOut } from "./events.ts";
import { chainHas } from "./id-chain.ts";
import { monthOf, receivedInMonth, type SupermarketState, totalOf } from "./state.ts";

/**
 * The approved resident the hand-out is for. A resident of another community is reported as not found:
 * this supermarket has no business knowing who is registered elsewhere.
 */
const approvedResident = ({ data }: HandOut, context: SupermarketDecideContext): ResidentView => {
  if (!("resident" in context)) throw new Error("HandOut needs the resident's view in its context");
  const { resident } = context;
  if (
    resident === undefined ||
    resident.residentId !== data.residentId ||
    resident.communityId !== data.communityId
  ) {
    throw notFound("resident_not_found", `Resident ${data.residentId} is not registered.`, "residentId");
  }
  if (!resident.approved) {
    throw conflict(
      "resident_not_approved",
      `Resident ${data.residentId} is not approved to receive goods.`,
      "residentId",
    );
  }
  return resident;
};

/** Refuses the first line asking for more than is in stock; stock never goes below zero. */
const ensureInStock = (state: SupermarketState, { data }: HandOut): void => {
  data.lines.forEach((line, index) => {
    catalogueItem(state, line.itemId, `lines.${index}.itemId`);
    const left = stockOf(state, line.itemId);
    if (compareQuantities(line.quantity, left) > 0) {
      throw conflict(
        "stock_short",
        `Only ${left} of item ${line.itemId} left in stock.`,
        `lines.${index}.quantity`,
      );
    }
  });
};

/** Refuses a hand-out that would take the resident past the monthly limit in its month. */
const ensureWithinLimit = (state: SupermarketState, { data }: HandOut): void => {
  const limit = state.monthlyLimit;
  if (limit === null) return;
  const month = monthOf(data.handedOutOn);
  // A limit lowered mid-month can leave a resident over it already: nothing remains, not less than nothing.
  const left = Math.max(0, subtractQuantities(limit, receivedInMonth(state, data.residentId, month)));
  if (compareQuantities(totalOf(data.lines), left) > 0) {
    throw conflict(
      "monthly_limit_exceeded",
      `Resident ${data.residentId} may receive only ${left} more in ${month} (monthly limit ${limit}).`,
      "lines",
    );
  }
};

/** HandOut: an approved resident of this community takes goods that are in stock, within the limit. */
export const decideHandOut = (
  command: HandOut,
  state: SupermarketState,
  context: SupermarketDecideContext,
): GoodsHandedOut[] => {
  const { data } = command;
  if (chainHas(state.handoutIds, data.handoutId)) {
    throw conflict(
      "handout_already_recorded",
      `Hand-out ${data.handoutId} is already recorded.`,
      "handoutId",
    );
  }
  if (data.handedOutOn > context.today) {
    throw validationError("date_in_future", "A hand-out cannot be dated in the future.", "handedOutOn");
  }
  approvedResident(command, context);
  ensureInStock(state, command);
  ensureWithinLimit(state, command);
  return [{ type: "GoodsHandedOut", data }];
};
