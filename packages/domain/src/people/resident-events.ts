import { z } from "zod";
import { type DataSchemaMap, messageSchema } from "../shared/messages.ts";
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

/** Events of a `resident-…` stream; parse stored events with it. */
export const ResidentEvent = z.discriminatedUnion("type", [
  messageSchema("ResidentInNeedRegistered", ResidentInNeedRegisteredData),
  messageSchema("ResidentApproved", ResidentApprovedData),
  messageSchema("ResidentApprovalRevoked", ResidentApprovalRevokedData),
]);
export type ResidentEvent = z.infer<typeof ResidentEvent>;
export type ResidentInNeedRegistered = Extract<ResidentEvent, { type: "ResidentInNeedRegistered" }>;
export type ResidentApproved = Extract<ResidentEvent, { type: "ResidentApproved" }>;
export type ResidentApprovalRevoked = Extract<ResidentEvent, { type: "ResidentApprovalRevoked" }>;

/** Resident event type → data schema, to validate stored events on read. */
export const residentEventSchemas = {
  ResidentInNeedRegistered: ResidentInNeedRegisteredData,
  ResidentApproved: ResidentApprovedData,
  ResidentApprovalRevoked: ResidentApprovalRevokedData,
} satisfies DataSchemaMap<ResidentEvent>;
