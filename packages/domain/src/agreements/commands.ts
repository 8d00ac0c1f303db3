import { z } from "zod";
import { daysBetween } from "../shared/dates.ts";
import type { DomainCommand } from "../shared/decider.ts";
import type { DataSchemaMap } from "../shared/messages.ts";
import { Id, LocalDate, Name } from "../shared/schemas.ts";
import {
  CorrectContributionInput,
  DisputeContributionInput,
  LogContributionInput,
  VerifyContributionInput,
} from "./contribution-commands.ts";
import { AgreementChangeReason, AgreementDraftedData, Commitment } from "./events.ts";

export * from "./contribution-commands.ts";

/** Five years and a leap day: longer terms are almost certainly a typo in the year. */
const MAX_TERM_DAYS = 5 * 365 + 2;

/** The content a draft or an amendment sets; its rules are the same either way. */
type DraftContent = Pick<AgreementDraftedData, "termStart" | "termEnd" | "commitments">;

/**
 * Rules of a draft's content that need no stored state, reported with exact paths so a form can put each
 * message next to its field. `params.code` names the rule for translation.
 */
const checkDraftContent = (draft: DraftContent, ctx: z.RefinementCtx): void => {
  if (daysBetween(draft.termStart, draft.termEnd) > MAX_TERM_DAYS) {
    ctx.addIssue({
      code: "custom",
      path: ["termEnd"],
      message: "A term is at most five years",
      params: { code: "term_too_long" },
    });
  }
  if (draft.termEnd <= draft.termStart) {
    ctx.addIssue({
      code: "custom",
      path: ["termEnd"],
      message: "The term must end after it starts",
      params: { code: "term_end_not_after_start" },
    });
  }
  const seen = new Set<string>();
  draft.commitments.forEach((commitment, index) => {
    if (seen.has(commitment.commitmentId)) {
      ctx.addIssue({
        code: "custom",
        path: ["commitments", index, "commitmentId"],
        message: "Commitment ids must be unique within an agreement",
        params: { code: "duplicate_commitment_id" },
      });
    }
    seen.add(commitment.commitmentId);
    if (commitment.dueDate < draft.termStart || commitment.dueDate > draft.termEnd) {
      ctx.addIssue({
        code: "custom",
        path: ["commitments", index, "dueDate"],
        message: "The due date must fall within the agreement's term",
        params: { code: "due_date_outside_term" },
      });
    }
  });
};

const StrictCommitments = z.array(Commitment.strict()).min(1).max(50);

/** Body of DraftAgreement. */
export const DraftAgreementInput = AgreementDraftedData.extend({ commitments: StrictCommitments })
  .strict()
  .superRefine(checkDraftContent);
export type DraftAgreementInput = z.infer<typeof DraftAgreementInput>;

/**
 * Body of AmendAgreement: the draft's new content as a whole, under the same rules. Community and unit
 * are the parties and stay as drafted.
 */
export const AmendAgreementInput = AgreementDraftedData.omit({ communityId: true, unitId: true })
  .extend({ commitments: StrictCommitments })
  .strict()
  .superRefine(checkDraftContent);
export type AmendAgreementInput = z.infer<typeof AmendAgreementInput>;

/** Body of SignAgreement. */
export const SignAgreementInput = z.strictObject({
  agreementId: Id,
  signedOn: LocalDate,
  communitySignatory: Name,
  unitSignatory: Name,
  /** Signed at this joint meeting; leave out when signed elsewhere. */
  meetingId: Id.optional(),
});
export type SignAgreementInput = z.infer<typeof SignAgreementInput>;

/** Body of TerminateAgreement: ending a signed agreement early, with the reason. */
export const TerminateAgreementInput = z.strictObject({
  agreementId: Id,
  terminatedOn: LocalDate,
  reason: AgreementChangeReason,
});
export type TerminateAgreementInput = z.infer<typeof TerminateAgreementInput>;

/** Body of ExpireAgreement, issued by the daily sweep once the term is over. */
export const ExpireAgreementInput = z.strictObject({ agreementId: Id });
export type ExpireAgreementInput = z.infer<typeof ExpireAgreementInput>;

export type DraftAgreement = DomainCommand<"DraftAgreement", DraftAgreementInput>;
export type AmendAgreement = DomainCommand<"AmendAgreement", AmendAgreementInput>;
export type SignAgreement = DomainCommand<"SignAgreement", SignAgreementInput>;
export type LogContribution = DomainCommand<"LogContribution", LogContributionInput>;
export type VerifyContribution = DomainCommand<"VerifyContribution", VerifyContributionInput>;
export type DisputeContribution = DomainCommand<"DisputeContribution", DisputeContributionInput>;
export type CorrectContribution = DomainCommand<"CorrectContribution", CorrectContributionInput>;
export type TerminateAgreement = DomainCommand<"TerminateAgreement", TerminateAgreementInput>;
export type ExpireAgreement = DomainCommand<"ExpireAgreement", ExpireAgreementInput>;
/** Commands about one contribution of a signed agreement. */
export type ContributionCommand =
  | LogContribution
  | VerifyContribution
  | DisputeContribution
  | CorrectContribution;
export type AgreementCommand =
  | DraftAgreement
  | AmendAgreement
  | SignAgreement
  | ContributionCommand
  | TerminateAgreement
  | ExpireAgreement;

/** Agreement command type → data schema, for the API to parse request bodies. */
export const agreementCommandSchemas = {
  DraftAgreement: DraftAgreementInput,
  AmendAgreement: AmendAgreementInput,
  SignAgreement: SignAgreementInput,
  LogContribution: LogContributionInput,
  VerifyContribution: VerifyContributionInput,
  DisputeContribution: DisputeContributionInput,
  CorrectContribution: CorrectContributionInput,
  TerminateAgreement: TerminateAgreementInput,
  ExpireAgreement: ExpireAgreementInput,
} satisfies DataSchemaMap<AgreementCommand>;
