import type { CommunityState, UnitState } from "../registry/decider.ts";
import type { DecideContext } from "../shared/decider.ts";
import { notFound } from "../shared/errors.ts";
import type { ResidentView } from "../shared/views.ts";
import type { CatalogueItem, SupermarketState } from "./state.ts";

/**
 * What the handler loads besides today's date, by command: AddItem, SetMonthlyLimit, RecordDonation and
 * AnnounceDonation need the community's stream (`community-<communityId>`); the donations from a unit
 * also the unit's (`unit-<unitId>`); HandOut the resident's view (`undefined` when no such resident
 * exists, but the key must be there); VoidReceipt the name of whoever voids it. The others need nothing,
 * so all are optional.
 */
export type SupermarketDecideContext = DecideContext & {
  community?: CommunityState;
  donorUnit?: UnitState;
  resident?: ResidentView | undefined;
  actorName?: string;
};

/** A context entry the command needs; missing, it is a wiring bug in the handler, not a refusal. */
export const required = <Value>(value: Value | undefined, what: string, command: string): Value => {
  if (value === undefined) throw new Error(`${command} needs ${what} in its context`);
  return value;
};

/**
 * Refuses a community that is not registered. A state for another id means the handler loaded the wrong
 * stream: as far as this decision can know, the named community was never registered.
 */
export const ensureCommunity = (community: CommunityState, communityId: string): void => {
  if (community.status !== "registered" || community.community.communityId !== communityId) {
    throw notFound("community_not_found", `Community ${communityId} is not registered.`, "communityId");
  }
};

/** The catalogue item a command names, or a 404 at `field`. */
export const catalogueItem = (state: SupermarketState, itemId: string, field: string): CatalogueItem => {
  const item = state.catalogue.get(itemId);
  if (item === undefined) {
    throw notFound("item_not_found", `Item ${itemId} is not in the catalogue.`, field);
  }
  return item;
};

/** Stock on hand of a catalogue item. */
export const stockOf = (state: SupermarketState, itemId: string): number => state.stock.get(itemId) ?? 0;
