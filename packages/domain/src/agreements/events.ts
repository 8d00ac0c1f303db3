import { z } from "zod";
import { type DataSchemaMap, messageSchema } from "../shared/messages.ts";
import { Id, LocalDate, Name, plainText, Quantity } from "../shared/schemas.ts";

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
});
export type AgreementSignedData = z.infer<typeof AgreementSignedData>;

/** People taking part in one contribution. */
export const Participants = z.number().int().min(0).max(10_000);
/** A liaison's remark on a contribution. */
export const ContributionNote = plainText(500, { multiline: true });

/** The unit's liaison logged work done (贡献记录) against one commitment. */
export const ContributionLoggedData = z.object({
  agreementId: Id,
  communityId: Id,
  unitId: Id,
  contributionId: Id,
  commitmentId: Id,
  quantity: Quantity,
  date: LocalDate,
  participants: Participants,
  note: ContributionNote,
});
export type ContributionLoggedData = z.infer<typeof ContributionLoggedData>;

/** Events of an `agreement-…` stream; parse stored events with it. */
export const AgreementEvent = z.discriminatedUnion("type", [
  messageSchema("AgreementDrafted", AgreementDraftedData),
  messageSchema("AgreementSigned", AgreementSignedData),
  messageSchema("ContributionLogged", ContributionLoggedData),
]);
export type AgreementEvent = z.infer<typeof AgreementEvent>;
export type AgreementDrafted = Extract<AgreementEvent, { type: "AgreementDrafted" }>;
export type AgreementSigned = Extract<AgreementEvent, { type: "AgreementSigned" }>;
export type ContributionLogged = Extract<AgreementEvent, { type: "ContributionLogged" }>;

/** Agreement event type → data schema, to validate stored events on read. */
export const agreementEventSchemas = {
  AgreementDrafted: AgreementDraftedData,
  AgreementSigned: AgreementSignedData,
  ContributionLogged: ContributionLoggedData,
} satisfies DataSchemaMap<AgreementEvent>;
