import { z } from "zod";
import { defineEvents, type EventOf, type EventsOf } from "../shared/event-registry.ts";
import { Id, LocalDate, Name, plainText, Quantity } from "../shared/schemas.ts";
import { HourMinute, PostSchedule } from "./schedule.ts";

/**
 * Kinds of service post (公益岗位 / 党员先锋岗): security patrol 治安巡逻, dispute mediation 矛盾调解,
 * elder care 关爱老弱, job help 帮助就业, poverty relief 帮贫济困, legal advice 法律咨询, family-planning
 * service 计生服务, environment 环境卫生, and other.
 */
export const postCategories = [
  "security_patrol",
  "dispute_mediation",
  "elder_care",
  "job_help",
  "poverty_relief",
  "legal_advice",
  "family_planning",
  "environment",
  "other",
] as const;
export const PostCategory = z.enum(postCategories);
export type PostCategory = z.infer<typeof PostCategory>;

/** The stream holding one service post: its places, claims and duty records. */
export const postStream = (postId: string): string => `post-${postId}`;

/** How many people a post takes. */
export const PostPlaces = z.number().int().min(1).max(500);
/** Free text about a post, a release or a duty. */
export const PostNote = plainText(500, { multiline: true });

/** The community opened a post (设岗定责) with its places, schedule and responsibility area (责任区). */
export const PostOpenedData = z.object({
  postId: Id,
  communityId: Id,
  name: Name,
  category: PostCategory,
  places: PostPlaces,
  schedule: PostSchedule,
  area: plainText(200).pipe(z.string().min(1)),
  description: PostNote,
});
export type PostOpenedData = z.infer<typeof PostOpenedData>;

/** The community closed the post; claims already made stay on record. */
export const PostClosedData = z.object({
  postId: Id,
  communityId: Id,
  closedOn: LocalDate,
  reason: PostNote,
});
export type PostClosedData = z.infer<typeof PostClosedData>;

/** A place was claimed (认领) for a person, by a team leader when `teamId` is given, else by themself. */
export const PlaceClaimedData = z.object({
  postId: Id,
  communityId: Id,
  claimId: Id,
  personId: Id,
  teamId: Id.optional(),
  claimedOn: LocalDate,
});
export type PlaceClaimedData = z.infer<typeof PlaceClaimedData>;

/** A claim was given up; its place is free again. Who held it is repeated for projections. */
export const ClaimReleasedData = z.object({
  postId: Id,
  communityId: Id,
  claimId: Id,
  personId: Id,
  teamId: Id.optional(),
  reason: PostNote,
  releasedOn: LocalDate,
});
export type ClaimReleasedData = z.infer<typeof ClaimReleasedData>;

/** One duty record (履职记录) against a claim; `hours` is worked out from check-in and check-out. */
export const DutyRecordedData = z.object({
  postId: Id,
  communityId: Id,
  claimId: Id,
  dutyId: Id,
  personId: Id,
  teamId: Id.optional(),
  date: LocalDate,
  checkIn: HourMinute,
  checkOut: HourMinute,
  hours: Quantity,
  note: PostNote,
});
export type DutyRecordedData = z.infer<typeof DutyRecordedData>;

/** Events of a `post-…` stream, declared once: schema, current version, upcasters. */
export const postEvents = defineEvents({
  PostOpened: { schema: PostOpenedData },
  PostClosed: { schema: PostClosedData },
  PlaceClaimed: { schema: PlaceClaimedData },
  ClaimReleased: { schema: ClaimReleasedData },
  DutyRecorded: { schema: DutyRecordedData },
});

/** The same events as a `{ type, data }` union schema (current versions; no upcasting). */
export const PostEvent = postEvents.union;
export type PostEvent = EventsOf<typeof postEvents>;
export type PostOpened = EventOf<typeof postEvents, "PostOpened">;
export type PostClosed = EventOf<typeof postEvents, "PostClosed">;
export type PlaceClaimed = EventOf<typeof postEvents, "PlaceClaimed">;
export type ClaimReleased = EventOf<typeof postEvents, "ClaimReleased">;
export type DutyRecorded = EventOf<typeof postEvents, "DutyRecorded">;

/** Post event type → current data schema. */
export const postEventSchemas = postEvents.schemas;
