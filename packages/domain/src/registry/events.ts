import { z } from "zod";
import { type DataSchemaMap, messageSchema } from "../shared/messages.ts";
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

/** Events of a `street-…` stream. */
export const StreetEvent = z.discriminatedUnion("type", [
  messageSchema("StreetRegistered", StreetRegisteredData),
]);
export type StreetEvent = z.infer<typeof StreetEvent>;

/** Events of a `community-…` stream; parse stored events with it. */
export const CommunityEvent = z.discriminatedUnion("type", [
  messageSchema("CommunityRegistered", CommunityRegisteredData),
]);
export type CommunityEvent = z.infer<typeof CommunityEvent>;
export type CommunityRegistered = Extract<CommunityEvent, { type: "CommunityRegistered" }>;

/** Events of a `unit-…` stream; parse stored events with it. */
export const UnitEvent = z.discriminatedUnion("type", [messageSchema("UnitRegistered", UnitRegisteredData)]);
export type UnitEvent = z.infer<typeof UnitEvent>;
export type UnitRegistered = Extract<UnitEvent, { type: "UnitRegistered" }>;

/** Every registry event, for readers (projections) that see both stream kinds. */
export const RegistryEvent = z.discriminatedUnion("type", [
  ...StreetEvent.options,
  ...CommunityEvent.options,
  ...UnitEvent.options,
]);
export type RegistryEvent = z.infer<typeof RegistryEvent>;

/** Registry event type → data schema, to validate stored events on read. */
export const registryEventSchemas = {
  StreetRegistered: StreetRegisteredData,
  CommunityRegistered: CommunityRegisteredData,
  UnitRegistered: UnitRegisteredData,
} satisfies DataSchemaMap<RegistryEvent>;
