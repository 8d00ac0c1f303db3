import { z } from "zod";
import { defineEvents, type EventOf, type EventsOf } from "../shared/event-registry.ts";
import { Id, Name } from "../shared/schemas.ts";

/** The kinds of resident unit (驻区单位) a community hosts. */
export const unitKinds = ["school", "hospital", "public_agency", "company", "social_org", "other"] as const;
export const UnitKind = z.enum(unitKinds);
export type UnitKind = z.infer<typeof UnitKind>;

/** The stream holding one street's registration. */
export const streetStream = (streetId: string): string => `street-${streetId}`;
/** The stream holding one community's registration. */
export const communityStream = (communityId: string): string => `community-${communityId}`;
/** The stream holding one resident unit's registration. */
export const unitStream = (unitId: string): string => `unit-${unitId}`;

/** A street (街道) joined the platform; its party working committee leads its communities. */
export const StreetRegisteredData = z.object({ streetId: Id, name: Name, district: Name.optional() });
export type StreetRegisteredData = z.infer<typeof StreetRegisteredData>;

/**
 * A community (社区) joined the platform under its street (街道). The street's name is copied in when
 * the community registers, so boards can show it without reading the street's stream.
 */
export const CommunityRegisteredData = z.object({ communityId: Id, streetId: Id, name: Name, street: Name });
export type CommunityRegisteredData = z.infer<typeof CommunityRegisteredData>;

/** A resident unit (驻区单位) joined a community, with its party organisation and in-service members. */
export const UnitRegisteredData = z.object({
  unitId: Id,
  communityId: Id,
  name: Name,
  kind: UnitKind,
  partyOrganisation: Name,
  inServiceMembers: z.number().int().min(0).max(100_000),
});
export type UnitRegisteredData = z.infer<typeof UnitRegisteredData>;

/** Events of a `street-…` stream, declared once: schema, current version, upcasters. */
export const streetEvents = defineEvents({
  StreetRegistered: { schema: StreetRegisteredData },
});

/** The same events as a `{ type, data }` union schema (current versions; no upcasting). */
export const StreetEvent = streetEvents.union;
export type StreetEvent = EventsOf<typeof streetEvents>;

/** Events of a `community-…` stream, declared once: schema, current version, upcasters. */
export const communityEvents = defineEvents({
  CommunityRegistered: { schema: CommunityRegisteredData },
});

/** The same events as a `{ type, data }` union schema (current versions; no upcasting). */
export const CommunityEvent = communityEvents.union;
export type CommunityEvent = EventsOf<typeof communityEvents>;
export type CommunityRegistered = EventOf<typeof communityEvents, "CommunityRegistered">;

/** Events of a `unit-…` stream, declared once: schema, current version, upcasters. */
export const unitEvents = defineEvents({
  UnitRegistered: { schema: UnitRegisteredData },
});

/** The same events as a `{ type, data }` union schema (current versions; no upcasting). */
export const UnitEvent = unitEvents.union;
export type UnitEvent = EventsOf<typeof unitEvents>;
export type UnitRegistered = EventOf<typeof unitEvents, "UnitRegistered">;

/** Every registry event, for readers (projections) that see all three stream kinds. */
export const registryEvents = defineEvents({
  ...streetEvents.definitions,
  ...communityEvents.definitions,
  ...unitEvents.definitions,
});
export const RegistryEvent = registryEvents.union;
export type RegistryEvent = EventsOf<typeof registryEvents>;

/** Registry event type → current data schema. */
export const registryEventSchemas = registryEvents.schemas;
