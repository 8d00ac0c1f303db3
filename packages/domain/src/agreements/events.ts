import { z } from "zod";
import { defineEvents, type EventOf, type EventsOf } from "../shared/event-registry.ts";
import { Id, LocalDate, Name, plainText, Quantity } from "../shared/schemas.ts";
import {
  AgreementChangeReason,
  CommitmentFulfilledData,
  CommitmentReopenedData,
  ContributionCorrectedData,
  ContributionDisputedData,
  ContributionLoggedData,
  ContributionVerifiedData,
  correctedVersion1,
} from "./contribution-events.ts";

export * from "./contribution-events.ts";

/** What a unit commits to (承诺事项), by category. */
export const commitmentCategories = [
  "environment",
  "elder_care",
  "education",
  "safety",
  "culture",
  "resource_sharing",
  "donation",
  "other",
] as const;
export const CommitmentCategory = z.enum(commitmentCategories);
export type CommitmentCategory = z.infer<typeof CommitmentCategory>;

/** The stream holding one co-building agreement and everything logged against it. */
export const agreementStream = (agreementId: string): string => `agreement-${agreementId}`;

/** One commitment: e.g. plant 200 棵 trees (environment) by 2025-10-01. */
export const Commitment = z.object({
  commitmentId: Id,
  category: CommitmentCategory,
  description: plainText(200).pipe(z.string().min(1)),
  targetQuantity: Quantity,
  /** Free text because the field counts in its own words: 棵, 车, 个, 小时. */
  unitOfMeasure: plainText(20).pipe(z.string().min(1)),
  dueDate: LocalDate,
});
export type Commitment = z.infer<typeof Commitment>;

/**
 * A co-building agreement (共驻共建协议书) was drafted. Cross-field rules (term order, due dates inside the
 * term, unique commitment ids) live on DraftAgreementInput: they were checked when the fact was accepted,
 * and tightening them later must not make stored facts unreadable.
 */
export const AgreementDraftedData = z.object({
  agreementId: Id,
  communityId: Id,
  unitId: Id,
  title: Name,
  termStart: LocalDate,
  termEnd: LocalDate,
  commitments: z.array(Commitment).min(1).max(50),
});
export type AgreementDraftedData = z.infer<typeof AgreementDraftedData>;

/** Both parties signed; ids are repeated so projections need no lookups. */
export const AgreementSignedData = z.object({
  agreementId: Id,
  communityId: Id,
  unitId: Id,
  signedOn: LocalDate,
  communitySignatory: Name,
  unitSignatory: Name,
  /** The joint meeting it was signed at (共驻共建协议 are usually signed there); absent if not. */
  meetingId: Id.optional(),
});
export type AgreementSignedData = z.infer<typeof AgreementSignedData>;

/** The draft's content was replaced before signing; ids are repeated from the draft. */
export const AgreementAmendedData = AgreementDraftedData;
export type AgreementAmendedData = z.infer<typeof AgreementAmendedData>;

/** The agreement was ended before its term was over. */
export const AgreementTerminatedData = z.object({
  agreementId: Id,
  communityId: Id,
  unitId: Id,
  terminatedOn: LocalDate,
  reason: AgreementChangeReason,
});
export type AgreementTerminatedData = z.infer<typeof AgreementTerminatedData>;

/** The agreement's term is over; recorded the day after, by a daily sweep. */
export const AgreementExpiredData = z.object({
  agreementId: Id,
  communityId: Id,
  unitId: Id,
  /** The last day of the term. */
  expiredOn: LocalDate,
});
export type AgreementExpiredData = z.infer<typeof AgreementExpiredData>;

/** Every event of an `agreement-…` stream, declared once: schema, current version, upcasters. */
export const agreementEvents = defineEvents({
  AgreementDrafted: { schema: AgreementDraftedData },
  AgreementAmended: { schema: AgreementAmendedData },
  AgreementSigned: { schema: AgreementSignedData },
  ContributionLogged: { schema: ContributionLoggedData },
  ContributionVerified: { schema: ContributionVerifiedData },
  ContributionDisputed: { schema: ContributionDisputedData },
  ContributionCorrected: {
    schema: ContributionCorrectedData,
    version: 2,
    upcasters: { 1: correctedVersion1 },
  },
  CommitmentFulfilled: { schema: CommitmentFulfilledData },
  CommitmentReopened: { schema: CommitmentReopenedData },
  AgreementTerminated: { schema: AgreementTerminatedData },
  AgreementExpired: { schema: AgreementExpiredData },
});

/** Events of an `agreement-…` stream as a `{ type, data }` union schema (current versions only). */
export const AgreementEvent = agreementEvents.union;
export type AgreementEvent = EventsOf<typeof agreementEvents>;
export type AgreementDrafted = EventOf<typeof agreementEvents, "AgreementDrafted">;
export type AgreementSigned = EventOf<typeof agreementEvents, "AgreementSigned">;
export type AgreementAmended = EventOf<typeof agreementEvents, "AgreementAmended">;
export type ContributionLogged = EventOf<typeof agreementEvents, "ContributionLogged">;
export type ContributionVerified = EventOf<typeof agreementEvents, "ContributionVerified">;
export type ContributionDisputed = EventOf<typeof agreementEvents, "ContributionDisputed">;
export type ContributionCorrected = EventOf<typeof agreementEvents, "ContributionCorrected">;
export type CommitmentFulfilled = EventOf<typeof agreementEvents, "CommitmentFulfilled">;
export type CommitmentReopened = EventOf<typeof agreementEvents, "CommitmentReopened">;
export type AgreementTerminated = EventOf<typeof agreementEvents, "AgreementTerminated">;
export type AgreementExpired = EventOf<typeof agreementEvents, "AgreementExpired">;

/** Agreement event type → current data schema. */
export const agreementEventSchemas = agreementEvents.schemas;
