import { z } from "zod";
import { Id } from "../shared/schemas.ts";

/**
 * The roles people hold. A role is always granted over something (a street, a community, a unit, a
 * team, a person), and every grant below a street also names its street and community, so "does this
 * grant belong to this community?" never needs another lookup.
 */
export const roles = [
  "street_admin",
  "community_staff",
  "meeting_member",
  "unit_liaison",
  "team_leader",
  "member",
  "supermarket_keeper",
] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

const inCommunity = { streetId: Id, communityId: Id };

/** One role held over one thing. Stored in account events; parsed leniently on read like every event. */
export const Grant = z.discriminatedUnion("role", [
  /** 街道管理员: every community of the street. */
  z.object({ role: z.literal("street_admin"), streetId: Id }),
  /** 社区工作人员: everything in their community. */
  z.object({ role: z.literal("community_staff"), ...inCommunity }),
  /** 联席会议成员: reads the boards of their street, or of one community when communityId is set. */
  z.object({ role: z.literal("meeting_member"), streetId: Id, communityId: Id.optional() }),
  /** 驻区单位联络员: their own unit only. */
  z.object({ role: z.literal("unit_liaison"), ...inCommunity, unitId: Id }),
  /** 志愿服务队队长: their own team only. */
  z.object({ role: z.literal("team_leader"), ...inCommunity, teamId: Id }),
  /** 党员/志愿者: claims and records for themself. */
  z.object({ role: z.literal("member"), ...inCommunity, personId: Id }),
  /** 爱心超市管理员: intake and hand-outs of their community's supermarket. */
  z.object({ role: z.literal("supermarket_keeper"), ...inCommunity }),
]);
export type Grant = z.infer<typeof Grant>;

/**
 * A grant as a client asks for it: only the role and the id it is held over. The server adds the
 * street and community from the registry, so a client cannot claim a unit of another community.
 */
export const GrantRequest = z.discriminatedUnion("role", [
  z.strictObject({ role: z.literal("street_admin"), streetId: Id }),
  z.strictObject({ role: z.literal("community_staff"), communityId: Id }),
  // A meeting member sits on the street's meeting or on one community's: exactly one of the two ids.
  z
    .strictObject({ role: z.literal("meeting_member"), streetId: Id.optional(), communityId: Id.optional() })
    .refine((grant) => (grant.streetId === undefined) !== (grant.communityId === undefined), {
      error: "Give either streetId or communityId",
      params: { code: "street_or_community" },
    }),
  z.strictObject({ role: z.literal("unit_liaison"), unitId: Id }),
  z.strictObject({ role: z.literal("team_leader"), teamId: Id }),
  z.strictObject({ role: z.literal("member"), personId: Id }),
  z.strictObject({ role: z.literal("supermarket_keeper"), communityId: Id }),
]);
export type GrantRequest = z.infer<typeof GrantRequest>;

/** Two grants are the same when every field matches. */
export const sameGrant = (a: Grant, b: Grant): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every(
    (key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key],
  );
};
