import { z } from "zod";
import type { DomainCommand } from "../shared/decider.ts";
import type { DataSchemaMap } from "../shared/messages.ts";
import { Id, LocalDate } from "../shared/schemas.ts";
import {
  FulfilmentEvidence,
  PledgeCategory,
  PledgeContent,
  PledgeReason,
  PledgeRecipient,
  Pledger,
} from "./events.ts";

/** Body of MakePledge; `madeOn` left out is today. A member's unit left out is their employer's. */
export const MakePledgeInput = z.strictObject({
  pledgeId: Id,
  communityId: Id,
  pledger: Pledger,
  content: PledgeContent,
  category: PledgeCategory,
  madeTo: PledgeRecipient,
  dueOn: LocalDate,
  madeOn: LocalDate.optional(),
});
export type MakePledgeInput = z.infer<typeof MakePledgeInput>;

/** Body of RecordFulfilment; `doneOn` left out is today. */
export const RecordFulfilmentInput = z.strictObject({
  pledgeId: Id,
  fulfilmentId: Id,
  doneOn: LocalDate.optional(),
  evidence: FulfilmentEvidence,
});
export type RecordFulfilmentInput = z.infer<typeof RecordFulfilmentInput>;

/** Body of RejectFulfilment. */
export const RejectFulfilmentInput = z.strictObject({ pledgeId: Id, fulfilmentId: Id, reason: PledgeReason });
export type RejectFulfilmentInput = z.infer<typeof RejectFulfilmentInput>;

/** Body of StrikeOffPledge: the pending fulfilment is verified today. */
export const StrikeOffPledgeInput = z.strictObject({ pledgeId: Id });
export type StrikeOffPledgeInput = z.infer<typeof StrikeOffPledgeInput>;

/** Body of WithdrawPledge. */
export const WithdrawPledgeInput = z.strictObject({ pledgeId: Id, reason: PledgeReason });
export type WithdrawPledgeInput = z.infer<typeof WithdrawPledgeInput>;

export type MakePledge = DomainCommand<"MakePledge", MakePledgeInput>;
export type RecordFulfilment = DomainCommand<"RecordFulfilment", RecordFulfilmentInput>;
export type RejectFulfilment = DomainCommand<"RejectFulfilment", RejectFulfilmentInput>;
export type StrikeOffPledge = DomainCommand<"StrikeOffPledge", StrikeOffPledgeInput>;
export type WithdrawPledge = DomainCommand<"WithdrawPledge", WithdrawPledgeInput>;
export type PledgeCommand =
  | MakePledge
  | RecordFulfilment
  | RejectFulfilment
  | StrikeOffPledge
  | WithdrawPledge;

/** Pledge command type → data schema, for the API to parse request bodies. */
export const pledgeCommandSchemas = {
  MakePledge: MakePledgeInput,
  RecordFulfilment: RecordFulfilmentInput,
  RejectFulfilment: RejectFulfilmentInput,
  StrikeOffPledge: StrikeOffPledgeInput,
  WithdrawPledge: WithdrawPledgeInput,
} satisfies DataSchemaMap<PledgeCommand>;
