import type { z } from "zod";
import type { DomainCommand } from "../shared/decider.ts";
import type { DataSchemaMap } from "../shared/messages.ts";
import {
  MemberEvaluatedData,
  MemberEvaluationComment,
  MemberReportedInData,
  PersonRegisteredData,
  PersonSkills,
} from "./person-events.ts";

/**
 * Body of RegisterPerson. Which fields go with which kind needs no stored state, so it is checked here
 * with exact paths; `params.code` names the rule for translation.
 */
export const RegisterPersonInput = PersonRegisteredData.extend({ skills: PersonSkills.default([]) })
  .strict()
  .superRefine((person, ctx) => {
    if (person.kind === "party_member" && person.partyCategory === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["partyCategory"],
        message: "A party member needs a party category",
        params: { code: "party_category_required" },
      });
    }
    if (person.kind !== "party_member" && person.partyCategory !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["partyCategory"],
        message: "Only party members have a party category",
        params: { code: "party_category_not_allowed" },
      });
    }
    // The employer matters because the community reports back to it (反馈表), which only in-service
    // members have.
    if (person.employerUnitId !== undefined && person.partyCategory !== "in_service") {
      ctx.addIssue({
        code: "custom",
        path: ["employerUnitId"],
        message: "Only in-service party members have an employer unit",
        params: { code: "employer_not_allowed" },
      });
    }
    const seen = new Set<string>();
    person.skills.forEach((skill, index) => {
      if (seen.has(skill)) {
        ctx.addIssue({
          code: "custom",
          path: ["skills", index],
          message: "Each skill is listed once",
          params: { code: "duplicate_skill" },
        });
      }
      seen.add(skill);
    });
  });
/** The parsed body (skills defaulted); `z.input<typeof RegisterPersonInput>` is what a form may send. */
export type RegisterPersonInput = z.infer<typeof RegisterPersonInput>;

/** Body of ReportIn: the community comes from the person's registration. */
export const ReportInInput = MemberReportedInData.omit({ communityId: true }).strict();
export type ReportInInput = z.infer<typeof ReportInInput>;

/** Body of EvaluateMember; the evaluation date is today, taken from the decision's context. */
export const EvaluateMemberInput = MemberEvaluatedData.omit({ communityId: true, evaluatedOn: true })
  .extend({ comment: MemberEvaluationComment.default("") })
  .strict();
export type EvaluateMemberInput = z.infer<typeof EvaluateMemberInput>;

export type RegisterPerson = DomainCommand<"RegisterPerson", RegisterPersonInput>;
export type ReportIn = DomainCommand<"ReportIn", ReportInInput>;
export type EvaluateMember = DomainCommand<"EvaluateMember", EvaluateMemberInput>;
export type PersonCommand = RegisterPerson | ReportIn | EvaluateMember;

/** Person command type → data schema, for the API to parse request bodies. */
export const personCommandSchemas = {
  RegisterPerson: RegisterPersonInput,
  ReportIn: ReportInInput,
  EvaluateMember: EvaluateMemberInput,
} satisfies DataSchemaMap<PersonCommand>;
