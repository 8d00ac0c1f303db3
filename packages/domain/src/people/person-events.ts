import { z } from "zod";
import { defineEvents, type EventOf, type EventsOf } from "../shared/event-registry.ts";
import { Id, LocalDate, Name, plainText } from "../shared/schemas.ts";

/** Who a registered person is: party member (党员), activist (入党积极分子) or resident volunteer (居民志愿者). */
export const personKinds = ["party_member", "activist", "resident_volunteer"] as const;
export const PersonKind = z.enum(personKinds);
export type PersonKind = z.infer<typeof PersonKind>;

/**
 * A party member's category: in service 在职, resident 居民, retired 离退休, mobile 流动, without post 无职.
 * Only in-service members report in (报到) to their residential community.
 */
export const partyCategories = ["in_service", "resident", "retired", "mobile", "without_post"] as const;
export const PartyCategory = z.enum(partyCategories);
export type PartyCategory = z.infer<typeof PartyCategory>;

/** Grades of the community's yearly evaluation of a member (评议). */
export const memberGrades = ["excellent", "good", "pass", "fail"] as const;
export const MemberGrade = z.enum(memberGrades);
export type MemberGrade = z.infer<typeof MemberGrade>;

/** The stream holding one person's registration, reporting in and yearly evaluations. */
export const personStream = (personId: string): string => `person-${personId}`;

/** One thing a person can do for others (理发, 家电维修, 法律咨询). */
export const PersonSkill = plainText(30).pipe(z.string().min(1));
/** At most ten skills: a roster shows them on one line. */
export const PersonSkills = z.array(PersonSkill).max(10);

/**
 * A person joined their residential community's roster. Which fields go with which kind is checked on
 * RegisterPersonInput when the fact is accepted; the stored fact stays lenient so it always reads back.
 */
export const PersonRegisteredData = z.object({
  personId: Id,
  communityId: Id,
  name: Name,
  kind: PersonKind,
  /** Present exactly for party members. */
  partyCategory: PartyCategory.optional(),
  /** The resident unit (驻区单位) an in-service member works for; it may sit in another community. */
  employerUnitId: Id.optional(),
  skills: PersonSkills,
  phone: plainText(30).pipe(z.string().min(1)).optional(),
});
export type PersonRegisteredData = z.infer<typeof PersonRegisteredData>;

/** An in-service member reported in (报到) to their residential community. */
export const MemberReportedInData = z.object({ personId: Id, communityId: Id, reportedOn: LocalDate });
export type MemberReportedInData = z.infer<typeof MemberReportedInData>;

/** A calendar year for evaluations; the lower bound only catches typos. */
export const MemberEvaluationYear = z.number().int().min(2000).max(9999);
/** The community's remark on a member's year. */
export const MemberEvaluationComment = plainText(500, { multiline: true });

/** The community evaluated a member's year (评议), on `evaluatedOn`. */
export const MemberEvaluatedData = z.object({
  personId: Id,
  communityId: Id,
  year: MemberEvaluationYear,
  grade: MemberGrade,
  comment: MemberEvaluationComment,
  evaluatedOn: LocalDate,
});
export type MemberEvaluatedData = z.infer<typeof MemberEvaluatedData>;

/** Events of a `person-…` stream, declared once: schema, current version, upcasters. */
export const personEvents = defineEvents({
  PersonRegistered: { schema: PersonRegisteredData },
  MemberReportedIn: { schema: MemberReportedInData },
  MemberEvaluated: { schema: MemberEvaluatedData },
});

/** The same events as a `{ type, data }` union schema (current versions; no upcasting). */
export const PersonEvent = personEvents.union;
export type PersonEvent = EventsOf<typeof personEvents>;
export type PersonRegistered = EventOf<typeof personEvents, "PersonRegistered">;
export type MemberReportedIn = EventOf<typeof personEvents, "MemberReportedIn">;
export type MemberEvaluated = EventOf<typeof personEvents, "MemberEvaluated">;

/** Person event type → current data schema. */
export const personEventSchemas = personEvents.schemas;
