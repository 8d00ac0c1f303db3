import {
  type AgreementEvent,
  agreementEvents,
  type CommunityEvent,
  communityEvents,
  type MeetingEvent,
  meetingEvents,
  type TeamEvent,
  teamEvents,
  type UnitEvent,
  unitEvents,
} from "@cobuild/domain";
import type { ProjectedEvent } from "../projection.ts";

/** Every fact the community live board reads: registry, agreements, meetings and teams. */
export type CommunityBoardEvent = CommunityEvent | UnitEvent | AgreementEvent | MeetingEvent | TeamEvent;

/** The event types the community live board reads, for projections that follow it (the street's). */
export const communityBoardEventTypes: ReadonlySet<string> = new Set<string>([
  ...communityEvents.types,
  ...unitEvents.types,
  ...agreementEvents.types,
  ...meetingEvents.types,
  ...teamEvents.types,
]);

/**
 * The event as one the community board reads, or nothing (other contexts' events). The feed parsed it
 * already, so its type alone says which: the set above is built from the same registries as the union.
 */
export const communityBoardEventOf = (
  event: ProjectedEvent,
): (ProjectedEvent & CommunityBoardEvent) | undefined => (isCommunityBoardEvent(event) ? event : undefined);

const isCommunityBoardEvent = (event: ProjectedEvent): event is ProjectedEvent & CommunityBoardEvent =>
  communityBoardEventTypes.has(event.type);
