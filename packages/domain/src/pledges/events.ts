import { z } from "zod";
import { defineEvents, type EventOf, type EventsOf } from "../shared/event-registry.ts";
import { Id, LocalDate, Name, plainText } from "../shared/schemas.ts";

/** The stream holding one pledge (承诺): made, fulfilled (践诺), verified and struck off (销号). */
export const pledgeStream = (pledgeId: string): string => `pledge-${pledgeId}`;

/**
 * Who pledges (双承诺 / 三级承诺): the community's two committees (两委), a party member of the community
 * (an in-service member's employer unit kept when known), or a street cadre (街道干部), named.
 */
export const Pledger = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("committee") }),
  z.strictObject({ kind: z.literal("member"), personId: Id, unitId: Id.optional() }),
  z.strictObject({ kind: z.literal("cadre"), name: Name }),
]);
export type Pledger = z.infer<typeof Pledger>;
export const pledgerKinds = ["committee", "member", "cadre"] as const;
export type PledgerKind = Pledger["kind"];

/** What a pledge is about: 为民服务, 环境整治, 关爱老人, 平安建设, 文体活动, 其他. */
export const pledgeCategories = ["service", "environment", "elderly", "safety", "culture", "other"] as const;
export const PledgeCategory = z.enum(pledgeCategories);
export type PledgeCategory = z.infer<typeof PledgeCategory>;

/** To whom a pledge is made: the residents (居民群众), the party organisation (党组织), the street (街道). */
export const pledgeRecipients = ["residents", "branch", "street"] as const;
export const PledgeRecipient = z.enum(pledgeRecipients);
export type PledgeRecipient = z.infer<typeof PledgeRecipient>;

/** What is promised, as it is posted on the notice board. */
export const PledgeContent = plainText(500, { multiline: true }).pipe(z.string().min(1));
/** What was done to keep a pledge, and how it can be checked (photos are described, not attached). */
export const FulfilmentEvidence = plainText(1000, { multiline: true }).pipe(z.string().min(1));
/** Why a fulfilment was rejected or a pledge withdrawn. */
export const PledgeReason = plainText(200).pipe(z.string().min(1));

/** A pledge was made, to be kept by `dueOn`. */
export const PledgeMadeData = z.object({
  pledgeId: Id,
  communityId: Id,
  /** The community's street, so the street's rates need no other stream. */
  streetId: Id,
  pledger: Pledger,
  content: PledgeContent,
  category: PledgeCategory,
  madeTo: PledgeRecipient,
  dueOn: LocalDate,
  madeOn: LocalDate,
});
export type PledgeMadeData = z.infer<typeof PledgeMadeData>;

/** The pledger (or staff for them) recorded what was done (践诺), waiting for staff to verify it. */
export const FulfilmentRecordedData = z.object({
  pledgeId: Id,
  communityId: Id,
  fulfilmentId: Id,
  doneOn: LocalDate,
  evidence: FulfilmentEvidence,
});
export type FulfilmentRecordedData = z.infer<typeof FulfilmentRecordedData>;

/** Staff found a recorded fulfilment wanting: the pledge stays open for another. */
export const FulfilmentRejectedData = z.object({
  pledgeId: Id,
  communityId: Id,
  fulfilmentId: Id,
  reason: PledgeReason,
  rejectedOn: LocalDate,
});
export type FulfilmentRejectedData = z.infer<typeof FulfilmentRejectedData>;

/** Staff verified the fulfilment: the pledge is kept and struck off (销号); nothing changes after. */
export const PledgeStruckOffData = z.object({
  pledgeId: Id,
  communityId: Id,
  fulfilmentId: Id,
  verifiedOn: LocalDate,
});
export type PledgeStruckOffData = z.infer<typeof PledgeStruckOffData>;

/** Staff withdrew a pledge that will not be kept (made in error, or overtaken), with the reason. */
export const PledgeWithdrawnData = z.object({
  pledgeId: Id,
  communityId: Id,
  reason: PledgeReason,
  withdrawnOn: LocalDate,
});
export type PledgeWithdrawnData = z.infer<typeof PledgeWithdrawnData>;

/** Events of a `pledge-…` stream, declared once: schema, current version, upcasters. */
export const pledgeEvents = defineEvents({
  PledgeMade: { schema: PledgeMadeData },
  FulfilmentRecorded: { schema: FulfilmentRecordedData },
  FulfilmentRejected: { schema: FulfilmentRejectedData },
  PledgeStruckOff: { schema: PledgeStruckOffData },
  PledgeWithdrawn: { schema: PledgeWithdrawnData },
});

/** The same events as a `{ type, data }` union schema (current versions; no upcasting). */
export const PledgeEvent = pledgeEvents.union;
export type PledgeEvent = EventsOf<typeof pledgeEvents>;
export type PledgeMade = EventOf<typeof pledgeEvents, "PledgeMade">;
export type FulfilmentRecorded = EventOf<typeof pledgeEvents, "FulfilmentRecorded">;
export type FulfilmentRejected = EventOf<typeof pledgeEvents, "FulfilmentRejected">;
export type PledgeStruckOff = EventOf<typeof pledgeEvents, "PledgeStruckOff">;
export type PledgeWithdrawn = EventOf<typeof pledgeEvents, "PledgeWithdrawn">;

/** Pledge event type → current data schema. */
export const pledgeEventSchemas = pledgeEvents.schemas;
