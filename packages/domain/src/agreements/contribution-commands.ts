import { z } from "zod";
import { Confirmed } from "../shared/plausibility.ts";
import { Id } from "../shared/schemas.ts";
import { AgreementChangeReason, ContributionLoggedData, ContributionNote, Participants } from "./events.ts";

/** Body of LogContribution; a phone form may leave out participants and note. */
export const LogContributionInput = ContributionLoggedData.omit({ communityId: true, unitId: true })
  .extend({
    participants: Participants.default(0),
    note: ContributionNote.default(""),
    /** The liaison confirmed a quantity far beyond what the commitment has left (see decideLog). */
    confirmed: Confirmed,
  })
  .strict();
/** The parsed body (defaults applied); `z.input<typeof LogContributionInput>` is what a form may send. */
export type LogContributionInput = z.infer<typeof LogContributionInput>;

/** Body of VerifyContribution (核实). */
export const VerifyContributionInput = z.strictObject({ agreementId: Id, contributionId: Id });
export type VerifyContributionInput = z.infer<typeof VerifyContributionInput>;

/** Body of DisputeContribution: the community questions a contribution and says why. */
export const DisputeContributionInput = z.strictObject({
  agreementId: Id,
  contributionId: Id,
  reason: AgreementChangeReason,
});
export type DisputeContributionInput = z.infer<typeof DisputeContributionInput>;

/**
 * Body of CorrectContribution: the whole corrected entry and why. Participants and note are required,
 * unlike when logging, because a default here would silently erase what was logged.
 */
export const CorrectContributionInput = ContributionLoggedData.omit({
  communityId: true,
  unitId: true,
  commitmentId: true,
})
  .extend({ reason: AgreementChangeReason, confirmed: Confirmed })
  .strict();
export type CorrectContributionInput = z.infer<typeof CorrectContributionInput>;
