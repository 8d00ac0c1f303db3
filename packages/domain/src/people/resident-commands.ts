import type { z } from "zod";
import type { DomainCommand } from "../shared/decider.ts";
import type { DataSchemaMap } from "../shared/messages.ts";
import {
  ResidentApprovalRevokedData,
  ResidentApprovedData,
  ResidentInNeedRegisteredData,
  ResidentNote,
} from "./resident-events.ts";

/** Body of RegisterResidentInNeed; a form may leave out the note. */
export const RegisterResidentInNeedInput = ResidentInNeedRegisteredData.extend({
  note: ResidentNote.default(""),
}).strict();
/** The parsed body (note defaulted); `z.input<…>` is what a form may send. */
export type RegisterResidentInNeedInput = z.infer<typeof RegisterResidentInNeedInput>;

/** Body of ApproveResident: the community comes from the resident's registration. */
export const ApproveResidentInput = ResidentApprovedData.omit({ communityId: true }).strict();
export type ApproveResidentInput = z.infer<typeof ApproveResidentInput>;

/** Body of RevokeResidentApproval; the reason is required, because the resident may ask why. */
export const RevokeResidentApprovalInput = ResidentApprovalRevokedData.omit({ communityId: true }).strict();
export type RevokeResidentApprovalInput = z.infer<typeof RevokeResidentApprovalInput>;

export type RegisterResidentInNeed = DomainCommand<"RegisterResidentInNeed", RegisterResidentInNeedInput>;
export type ApproveResident = DomainCommand<"ApproveResident", ApproveResidentInput>;
export type RevokeResidentApproval = DomainCommand<"RevokeResidentApproval", RevokeResidentApprovalInput>;
export type ResidentCommand = RegisterResidentInNeed | ApproveResident | RevokeResidentApproval;

/** Resident command type → data schema, for the API to parse request bodies. */
export const residentCommandSchemas = {
  RegisterResidentInNeed: RegisterResidentInNeedInput,
  ApproveResident: ApproveResidentInput,
  RevokeResidentApproval: RevokeResidentApprovalInput,
} satisfies DataSchemaMap<ResidentCommand>;
