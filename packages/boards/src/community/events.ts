import { AgreementEvent, CommunityEvent, MeetingEvent, TeamEvent, UnitEvent } from "@cobuild/domain";
import { z } from "zod";
import type { ProjectedEvent } from "../projection.ts";

/** Every fact the community live board reads: registry, agreements, meetings and teams. */
export const CommunityBoardEvent = z.discriminatedUnion("type", [
  ...CommunityEvent.options,
  ...UnitEvent.options,
  ...AgreementEvent.options,
  ...MeetingEvent.options,
  ...TeamEvent.options,
]);
export type CommunityBoardEvent = z.infer<typeof CommunityBoardEvent>;

/** The event types the community live board reads, for projections that follow it (the street's). */
export const communityBoardEventTypes: ReadonlySet<string> = new Set(
  CommunityBoardEvent.options.map((option) => option.shape.type.value),
);

/** keysFor and project both ask about the same event object; parse it once. */
const parsedEvents = new WeakMap<ProjectedEvent, CommunityBoardEvent | null>();

/** Reads a stored event as one the community board understands, or nothing (other contexts' events). */
export const communityBoardEventOf = (event: ProjectedEvent): CommunityBoardEvent | undefined => {
  let parsed = parsedEvents.get(event);
  if (parsed === undefined) {
    const result = communityBoardEventTypes.has(event.type)
      ? CommunityBoardEvent.safeParse({ type: event.type, data: event.data })
      : undefined;
    parsed = result?.success ? result.data : null;
    parsedEvents.set(event, parsed);
  }
  return parsed ?? undefined;
};
