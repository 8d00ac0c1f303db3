import { z } from "zod";
import { defineEvents, type EventOf, type EventsOf } from "../shared/event-registry.ts";
import { Id, LocalDate, Name, plainText, Quantity } from "../shared/schemas.ts";

/**
 * The common "8+N" volunteer teams (志愿者服务队): policy outreach 政策宣讲, joint patrol 义务联防, mediation
 * 民事调解, home elder care 居家养老, appliance repair 家电维修, environment 环境整治, legal advice 法律咨询,
 * health care 医疗保健, plus the N a community adds (custom).
 */
export const teamCategories = [
  "policy_outreach",
  "joint_patrol",
  "mediation",
  "home_elder_care",
  "appliance_repair",
  "environment",
  "legal_advice",
  "health_care",
  "custom",
] as const;
export const TeamCategory = z.enum(teamCategories);
export type TeamCategory = z.infer<typeof TeamCategory>;

/** The stream holding one volunteer team: its roster and its service hours. */
export const teamStream = (teamId: string): string => `team-${teamId}`;

/** What a team does, in the community's words. */
export const TeamDescription = plainText(500, { multiline: true });
/** One skill a member brings (电工, 法律, 护理). */
export const TeamSkill = plainText(30).pipe(z.string().min(1));
/** A member's skills. */
export const TeamSkills = z.array(TeamSkill).max(20);
/** Why a member left or an entry was refused. */
export const TeamReason = plainText(500, { multiline: true });
/** Volunteer service hours (志愿服务时长) for one entry: at most one day's worth. */
export const ServiceHours = Quantity.max(24);

/** A community set up a volunteer team. */
export const TeamCreatedData = z.object({
  teamId: Id,
  communityId: Id,
  category: TeamCategory,
  name: Name,
  description: TeamDescription,
});
export type TeamCreatedData = z.infer<typeof TeamCreatedData>;

/** A person joined the team's roster. */
export const MemberAddedData = z.object({
  teamId: Id,
  communityId: Id,
  personId: Id,
  skills: TeamSkills,
  joinedOn: LocalDate,
});
export type MemberAddedData = z.infer<typeof MemberAddedData>;

/** A member became the team's leader (队长); the previous leader stays a member. */
export const LeaderAppointedData = z.object({
  teamId: Id,
  communityId: Id,
  personId: Id,
  appointedOn: LocalDate,
});
export type LeaderAppointedData = z.infer<typeof LeaderAppointedData>;

/** A member left the roster. */
export const MemberRemovedData = z.object({
  teamId: Id,
  communityId: Id,
  personId: Id,
  reason: TeamReason,
  removedOn: LocalDate,
});
export type MemberRemovedData = z.infer<typeof MemberRemovedData>;

/** The leader logged hours a member served; they wait for staff to approve them. */
export const ServiceHoursLoggedData = z.object({
  teamId: Id,
  communityId: Id,
  entryId: Id,
  personId: Id,
  date: LocalDate,
  hours: ServiceHours,
  activity: plainText(200).pipe(z.string().min(1)),
});
export type ServiceHoursLoggedData = z.infer<typeof ServiceHoursLoggedData>;

/** Staff approved an entry; it repeats who, when and how long so projections need no lookups. */
export const ServiceHoursApprovedData = z.object({
  teamId: Id,
  communityId: Id,
  entryId: Id,
  personId: Id,
  date: LocalDate,
  hours: ServiceHours,
  approvedOn: LocalDate,
});
export type ServiceHoursApprovedData = z.infer<typeof ServiceHoursApprovedData>;

/** Staff rejected an entry, saying why. */
export const ServiceHoursRejectedData = z.object({
  teamId: Id,
  communityId: Id,
  entryId: Id,
  personId: Id,
  date: LocalDate,
  hours: ServiceHours,
  reason: TeamReason.pipe(z.string().min(1)),
  rejectedOn: LocalDate,
});
export type ServiceHoursRejectedData = z.infer<typeof ServiceHoursRejectedData>;

/** Events of a `team-…` stream, declared once: schema, current version, upcasters. */
export const teamEvents = defineEvents({
  TeamCreated: { schema: TeamCreatedData },
  MemberAdded: { schema: MemberAddedData },
  LeaderAppointed: { schema: LeaderAppointedData },
  MemberRemoved: { schema: MemberRemovedData },
  ServiceHoursLogged: { schema: ServiceHoursLoggedData },
  ServiceHoursApproved: { schema: ServiceHoursApprovedData },
  ServiceHoursRejected: { schema: ServiceHoursRejectedData },
});

/** The same events as a `{ type, data }` union schema (current versions; no upcasting). */
export const TeamEvent = teamEvents.union;
export type TeamEvent = EventsOf<typeof teamEvents>;
export type TeamCreated = EventOf<typeof teamEvents, "TeamCreated">;
export type MemberAdded = EventOf<typeof teamEvents, "MemberAdded">;
export type LeaderAppointed = EventOf<typeof teamEvents, "LeaderAppointed">;
export type MemberRemoved = EventOf<typeof teamEvents, "MemberRemoved">;
export type ServiceHoursLogged = EventOf<typeof teamEvents, "ServiceHoursLogged">;
export type ServiceHoursApproved = EventOf<typeof teamEvents, "ServiceHoursApproved">;
export type ServiceHoursRejected = EventOf<typeof teamEvents, "ServiceHoursRejected">;

/** Team event type → current data schema. */
export const teamEventSchemas = teamEvents.schemas;
