import { z } from "zod";
import { Id, LocalDate, plainText, Quantity } from "../shared/schemas.ts";

/** People taking part in one contribution. */
export const Participants = z.number().int().min(0).max(10_000);
/** A liaison's remark on a contribution. */
export const ContributionNote = plainText(500, { multiline: true });
/** Why a contribution was disputed or corrected, or an agreement terminated: required, said in a few lines. */
export const AgreementChangeReason = plainText(500, { multiline: true }).pipe(z.string().min(1));

/** Where a contribution stands with the community: 待核实, 已核实 (核实) or 有异议. */
export const contributionVerifications = ["pending", "verified", "disputed"] as const;
export const ContributionVerification = z.enum(contributionVerifications);
export type ContributionVerification = z.infer<typeof ContributionVerification>;

/** The ids every contribution event repeats, so projections route and total it without lookups. */
const ContributionRef = z.object({
  agreementId: Id,
  communityId: Id,
  unitId: Id,
  contributionId: Id,
  commitmentId: Id,
});

/** The unit's liaison logged work done (贡献记录) against one commitment. */
export const ContributionLoggedData = ContributionRef.extend({
  quantity: Quantity,
  date: LocalDate,
  participants: Participants,
  note: ContributionNote,
});
export type ContributionLoggedData = z.infer<typeof ContributionLoggedData>;

/** The community checked a pending contribution and found it true (核实); its quantity now counts as verified. */
export const ContributionVerifiedData = ContributionRef.extend({
  /** The contribution's current quantity, so a board can total verified work without keeping contributions. */
  quantity: Quantity,
  verifiedOn: LocalDate,
});
export type ContributionVerifiedData = z.infer<typeof ContributionVerifiedData>;

/** The community questioned a contribution; it counts as verified no longer, until corrected and re-verified. */
export const ContributionDisputedData = ContributionRef.extend({
  quantity: Quantity,
  /** What it was before: a projection subtracts `quantity` from its verified total when this is "verified". */
  previousVerification: ContributionVerification,
  reason: AgreementChangeReason,
  disputedOn: LocalDate,
});
export type ContributionDisputedData = z.infer<typeof ContributionDisputedData>;

/**
 * A contribution was corrected by a new fact, never edited: the values replace the previous ones and the
 * contribution is pending again, so it must be re-verified. Version 2 always says how many people the
 * contribution counted before (see `correctedVersion1`).
 */
export const ContributionCorrectedData = ContributionLoggedData.extend({
  previousQuantity: Quantity,
  /**
   * People counted before. Null only on corrections stored before it was recorded: the correction alone
   * cannot tell, so readers that need it keep each contribution's participants themselves.
   */
  previousParticipants: Participants.nullable(),
  /** As on ContributionDisputed: when "verified", `previousQuantity` leaves the verified total. */
  previousVerification: ContributionVerification,
  reason: AgreementChangeReason,
  correctedOn: LocalDate,
});
export type ContributionCorrectedData = z.infer<typeof ContributionCorrectedData>;

/**
 * Version 1 → 2 of ContributionCorrected: version 1 left `previousParticipants` out on corrections stored
 * before it was recorded; it is kept where the event has it and marked unknown (null) where it has not.
 */
export const correctedVersion1 = (data: Readonly<Record<string, unknown>>): Record<string, unknown> => ({
  ...data,
  previousParticipants: data.previousParticipants ?? null,
});

const CommitmentRef = z.object({ agreementId: Id, communityId: Id, unitId: Id, commitmentId: Id });

/** The verified quantity reached the target: the commitment is struck off publicly (践诺销号). */
export const CommitmentFulfilledData = CommitmentRef.extend({
  fulfilledOn: LocalDate,
  verifiedQuantity: z.number().min(0),
});
export type CommitmentFulfilledData = z.infer<typeof CommitmentFulfilledData>;

/** A dispute or correction took the verified quantity back below the target: the commitment is open again. */
export const CommitmentReopenedData = CommitmentRef.extend({
  reopenedOn: LocalDate,
  verifiedQuantity: z.number().min(0),
  /** The contribution whose dispute or correction reopened it, and the reason given there. */
  contributionId: Id,
  reason: AgreementChangeReason,
});
export type CommitmentReopenedData = z.infer<typeof CommitmentReopenedData>;
