import { AgreementEvent, CommunityEvent, MeetingEvent, TeamEvent, UnitEvent } from "@cobuild/domain";
import { typesOf } from "../projection.ts";

/** Every fact the community live board reads: registry, agreements, meetings and teams. */
export type CommunityBoardEvent = CommunityEvent | UnitEvent | AgreementEvent | MeetingEvent | TeamEvent;

/** The event types the community live board handles. */
export const communityBoardEventTypes: readonly CommunityBoardEvent["type"][] = [
  ...typesOf(CommunityEvent.options),
  ...typesOf(UnitEvent.options),
  ...typesOf(AgreementEvent.options),
  ...typesOf(MeetingEvent.options),
  ...typesOf(TeamEvent.options),
];
