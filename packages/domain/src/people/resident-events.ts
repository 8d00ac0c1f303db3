import { z } from "zod";
import { defineEvents, type EventOf, type EventsOf } from "../shared/event-registry.ts";
import { Id, LocalDate, Name, plainText } from "../shared/schemas.ts";

/**
 * Why a resident is in need (困难居民): minimum-livelihood household 低保, elderly living alone 孤寡老人,
 * disabled 残疾人, or other.
 */
export const residentCategories = ["minimum_livelihood", "elderly_alone", "disabled", "other"] as const;
export const ResidentCategory = z.enum(residentCategories);
export type ResidentCategory = z.infer<typeof ResidentCategory>;

/** The stream holding one resident in need: registration and approval history. */
export const residentStream = (residentId: string): string => `resident-${residentId}`;

/** Staff's remark on a resident in need. */
export const ResidentNote = plainText(500, { multiline: true });

/** Community staff registered a resident in need; they wait for approval before receiving goods. */
export const ResidentInNeedRegisteredData = z.object({
  residentId: Id,
  communityId: Id,
  name: Name,
  category: ResidentCategory,
  householdSize: z.number().int().min(1).max(20),
  address: plainText(200).pipe(z.string().min(1)).optional(),
  note: ResidentNote,
});
export type ResidentInNeedRegisteredData = z.infer<typeof ResidentInNeedRegisteredData>;

/** The community approved the resident: from `approvedOn` they may receive goods. */
export const ResidentApprovedData = z.object({ residentId: Id, communityId: Id, approvedOn: LocalDate });
export type ResidentApprovedData = z.infer<typeof ResidentApprovedData>;

/** The community withdrew an approval (e.g. the household left 低保); it may be approved again later. */
export const ResidentApprovalRevokedData = z.object({
  residentId: Id,
  communityId: Id,
  revokedOn: LocalDate,
  reason: plainText(500, { multiline: true }).pipe(z.string().min(1)),
});
export type ResidentApprovalRevokedData = z.infer<typeof ResidentApprovalRevokedData>;

/** Events of a `resident-…` stream, declared once: schema, current version, upcasters. */
export const residentEvents = defineEvents({
  ResidentInNeedRegistered: { schema: ResidentInNeedRegisteredData },
  ResidentApproved: { schema: ResidentApprovedData },
  ResidentApprovalRevoked: { schema: ResidentApprovalRevokedData },
});

/** The same events as a `{ type, data }` union schema (current versions; no upcasting). */
export const ResidentEvent = residentEvents.union;
export type ResidentEvent = EventsOf<typeof residentEvents>;
export type ResidentInNeedRegistered = EventOf<typeof residentEvents, "ResidentInNeedRegistered">;
export type ResidentApproved = EventOf<typeof residentEvents, "ResidentApproved">;
export type ResidentApprovalRevoked = EventOf<typeof residentEvents, "ResidentApprovalRevoked">;

/** Resident event type → current data schema. */
export const residentEventSchemas = residentEvents.schemas;
