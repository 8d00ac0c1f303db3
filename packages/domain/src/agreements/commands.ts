import { z } from "zod";
import { daysBetween } from "../shared/dates.ts";
import type { DomainCommand } from "../shared/decider.ts";
import type { DataSchemaMap } from "../shared/messages.ts";
import { Id, LocalDate, Name } from "../shared/schemas.ts";
import {
  AgreementDraftedData,
  Commitment,
  ContributionLoggedData,
  ContributionNote,
  Participants,
} from "./events.ts";

/** Five years and a leap day: longer terms are almost certainly a typo in the year. */
const MAX_TERM_DAYS = 5 * 365 + 2;

/**
 * Body of DraftAgreement. Rules that need no stored state are checked here, with exact paths, so a form
 * can put each message next to its field. `params.code` names the rule for translation.
 */
export const DraftAgreementInput = AgreementDraftedData.extend({
  commitments: z.array(Commitment.strict()).min(1).max(50),
})
  .strict()
  .superRefine((draft, ctx) => {
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
  });
export type DraftAgreementInput = z.infer<typeof DraftAgreementInput>;

/** Body of SignAgreement. */
export const SignAgreementInput = z.strictObject({
  agreementId: Id,
  signedOn: LocalDate,
  communitySignatory: Name,
  unitSignatory: Name,
});
export type SignAgreementInput = z.infer<typeof SignAgreementInput>;

/** Body of LogContribution; a phone form may leave out participants and note. */
export const LogContributionInput = ContributionLoggedData.omit({ communityId: true, unitId: true })
  .extend({
    participants: Participants.default(0),
    note: ContributionNote.default(""),
  })
  .strict();
/** The parsed body (defaults applied); `z.input<typeof LogContributionInput>` is what a form may send. */
export type LogContributionInput = z.infer<typeof LogContributionInput>;

export type DraftAgreement = DomainCommand<"DraftAgreement", DraftAgreementInput>;
export type SignAgreement = DomainCommand<"SignAgreement", SignAgreementInput>;
export type LogContribution = DomainCommand<"LogContribution", LogContributionInput>;
export type AgreementCommand = DraftAgreement | SignAgreement | LogContribution;

/** Agreement command type → data schema, for the API to parse request bodies. */
export const agreementCommandSchemas = {
  DraftAgreement: DraftAgreementInput,
  SignAgreement: SignAgreementInput,
  LogContribution: LogContributionInput,
} satisfies DataSchemaMap<AgreementCommand>;
