import { accountEvents } from "./access/events.ts";
import { agreementEvents } from "./agreements/events.ts";
import { evaluationEvents } from "./evaluations/events.ts";
import { meetingEvents } from "./meetings/events.ts";
import { personEvents } from "./people/person-events.ts";
import { residentEvents } from "./people/resident-events.ts";
import { pledgeEvents } from "./pledges/events.ts";
import { postEvents } from "./posts/events.ts";
import { registryEvents } from "./registry/events.ts";
import { defineEvents, type EventsOf, type StoredEvent } from "./shared/event-registry.ts";
import { supermarketEvents } from "./supermarket/events.ts";
import { teamEvents } from "./teams/events.ts";

/** Every context's registry, for checks over the whole log (each type belongs to exactly one). */
export const contextEventRegistries = [
  accountEvents,
  agreementEvents,
  evaluationEvents,
  meetingEvents,
  personEvents,
  pledgeEvents,
  residentEvents,
  postEvents,
  registryEvents,
  supermarketEvents,
  teamEvents,
] as const;

/** Every event type the log holds, across contexts: what the log's readers (the projector) parse with. */
export const cobuildEvents = defineEvents({
  ...accountEvents.definitions,
  ...agreementEvents.definitions,
  ...evaluationEvents.definitions,
  ...meetingEvents.definitions,
  ...personEvents.definitions,
  ...pledgeEvents.definitions,
  ...residentEvents.definitions,
  ...postEvents.definitions,
  ...registryEvents.definitions,
  ...supermarketEvents.definitions,
  ...teamEvents.definitions,
});

/** Any event of the log, typed and at its current version. */
export type CobuildEvent = EventsOf<typeof cobuildEvents>;

/** Reads one stored event of any context: upcast to its current version and checked, or UnreadableEventError. */
export const parseStoredEvent = (stored: StoredEvent): CobuildEvent => cobuildEvents.parse(stored);

/** The schema version a writer stamps on a new event of this type. */
export const currentSchemaVersion = (type: string): number => {
  // A decider emitting a type no registry declares is a bug, not bad data.
  if (!cobuildEvents.has(type)) throw new Error(`no event type ${type} is declared`);
  return cobuildEvents.versionOf(type);
};
