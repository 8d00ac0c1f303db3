import { z } from "zod";
import type { DomainCommand } from "../shared/decider.ts";
import type { DataSchemaMap } from "../shared/messages.ts";
import { Id } from "../shared/schemas.ts";
import {
  ServiceHoursLoggedData,
  TeamCreatedData,
  TeamDescription,
  TeamReason,
  TeamSkills,
} from "./events.ts";

/** Body of CreateTeam; the description may be left out. */
export const CreateTeamInput = TeamCreatedData.extend({ description: TeamDescription.default("") }).strict();
export type CreateTeamInput = z.infer<typeof CreateTeamInput>;

/** Body of AppointLeader. */
export const AppointLeaderInput = z.strictObject({ teamId: Id, personId: Id });
export type AppointLeaderInput = z.infer<typeof AppointLeaderInput>;

/** Body of AddMember; a skill listed twice is refused so the roster reads cleanly. */
export const AddMemberInput = z
  .strictObject({ teamId: Id, personId: Id, skills: TeamSkills.default([]) })
  .superRefine(({ skills }, ctx) => {
    const seen = new Set<string>();
    skills.forEach((skill, index) => {
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
export type AddMemberInput = z.infer<typeof AddMemberInput>;

/** Body of RemoveMember. */
export const RemoveMemberInput = z.strictObject({ teamId: Id, personId: Id, reason: TeamReason.default("") });
export type RemoveMemberInput = z.infer<typeof RemoveMemberInput>;

/** Body of LogServiceHours: the entry as logged, without the ids the stream already knows. */
export const LogServiceHoursInput = ServiceHoursLoggedData.omit({ communityId: true }).strict();
export type LogServiceHoursInput = z.infer<typeof LogServiceHoursInput>;

/** Body of ApproveServiceHours. */
export const ApproveServiceHoursInput = z.strictObject({ teamId: Id, entryId: Id });
export type ApproveServiceHoursInput = z.infer<typeof ApproveServiceHoursInput>;

/** Body of RejectServiceHours: a reason is required, so the member learns why. */
export const RejectServiceHoursInput = z.strictObject({
  teamId: Id,
  entryId: Id,
  reason: TeamReason.pipe(z.string().min(1)),
});
export type RejectServiceHoursInput = z.infer<typeof RejectServiceHoursInput>;

export type CreateTeam = DomainCommand<"CreateTeam", CreateTeamInput>;
export type AppointLeader = DomainCommand<"AppointLeader", AppointLeaderInput>;
export type AddMember = DomainCommand<"AddMember", AddMemberInput>;
export type RemoveMember = DomainCommand<"RemoveMember", RemoveMemberInput>;
export type LogServiceHours = DomainCommand<"LogServiceHours", LogServiceHoursInput>;
export type ApproveServiceHours = DomainCommand<"ApproveServiceHours", ApproveServiceHoursInput>;
export type RejectServiceHours = DomainCommand<"RejectServiceHours", RejectServiceHoursInput>;
export type TeamCommand =
  | CreateTeam
  | AppointLeader
  | AddMember
  | RemoveMember
  | LogServiceHours
  | ApproveServiceHours
  | RejectServiceHours;

/** Team command type → data schema, for the API to parse request bodies. */
export const teamCommandSchemas = {
  CreateTeam: CreateTeamInput,
  AppointLeader: AppointLeaderInput,
  AddMember: AddMemberInput,
  RemoveMember: RemoveMemberInput,
  LogServiceHours: LogServiceHoursInput,
  ApproveServiceHours: ApproveServiceHoursInput,
  RejectServiceHours: RejectServiceHoursInput,
} satisfies DataSchemaMap<TeamCommand>;
