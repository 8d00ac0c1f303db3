import { PostEvent, StreetEvent as StreetRegistryEvent, SupermarketEvent } from "@cobuild/domain";
import { type CommunityBoardEvent, communityBoardEventTypes } from "../community/events.ts";
import { typesOf } from "../projection.ts";

/** Every fact the street roll-up reads: the street's own, and its communities' board facts. */
export type StreetEvent = StreetRegistryEvent | CommunityBoardEvent | PostEvent | SupermarketEvent;

/** The event types the street roll-up handles. */
export const streetEventTypes: readonly StreetEvent["type"][] = [
  ...typesOf(StreetRegistryEvent.options),
  ...communityBoardEventTypes,
  ...typesOf(PostEvent.options),
  ...typesOf(SupermarketEvent.options),
];
