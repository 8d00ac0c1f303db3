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

/** Every fact the community live board reads: registry, agreements, meetings and teams. */
export type CommunityBoardEvent = CommunityEvent | UnitEvent | AgreementEvent | MeetingEvent | TeamEvent;

/** The event types the community live board handles. */
export const communityBoardEventTypes: readonly CommunityBoardEvent["type"][] = [
  ...communityEvents.types,
  ...unitEvents.types,
  ...agreementEvents.types,
  ...meetingEvents.types,
  ...teamEvents.types,
];
