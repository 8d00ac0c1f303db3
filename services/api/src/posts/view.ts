import { addQuantities, Id, LocalDate, PostCategory, PostSchedule, placesLeft } from "@cobuild/domain";
import { z } from "zod";
import type { ExistingPost } from "./service.ts";

/** A post as a list shows it: what it is, when and where, and how many places are still free. */
export const PostSummary = z.object({
  postId: Id,
  communityId: Id,
  name: z.string(),
  category: PostCategory,
  description: z.string(),
  status: z.enum(["open", "closed"]),
  closedOn: LocalDate.nullable(),
  schedule: PostSchedule,
  area: z.string(),
  places: z.number().int(),
  placesLeft: z.number().int(),
  /** Hours of every duty recorded on the post, released claims included, exact to hundredths. */
  dutyHours: z.number(),
});
export type PostSummary = z.infer<typeof PostSummary>;

/** One claim (认领) as the post shows it, with the claimant's name and the duty done under it. */
export const ClaimView = z.object({
  claimId: Id,
  personId: Id,
  /** Null only if the person's record cannot be found. */
  personName: z.string().nullable(),
  /** The team whose leader claimed the place; null when the person claimed for themself. */
  teamId: Id.nullable(),
  claimedOn: LocalDate,
  status: z.enum(["active", "released"]),
  duties: z.number().int(),
  hours: z.number(),
});

/** A post with every claim ever made on it, in the order they were made. */
export const PostDetail = PostSummary.extend({ claims: z.array(ClaimView) });
export type PostDetail = z.infer<typeof PostDetail>;

/** The posts of a community. */
export const PostList = z.object({ communityId: Id, posts: z.array(PostSummary) });

export function postSummary(post: ExistingPost, description: string): PostSummary {
  const { postId, communityId, name, category, status, closedOn, schedule, area, places } = post;
  const claims = [...post.claims.values()];
  return {
    postId,
    communityId,
    name,
    category,
    description,
    status,
    closedOn: closedOn ?? null,
    schedule,
    area,
    places,
    placesLeft: placesLeft(post),
    dutyHours: claims.reduce((total, claim) => addQuantities(total, claim.hours), 0),
  };
}

export function postDetail(
  post: ExistingPost,
  description: string,
  names: ReadonlyMap<string, string>,
): PostDetail {
  return {
    ...postSummary(post, description),
    claims: [...post.claims.values()].map((claim) => ({
      claimId: claim.claimId,
      personId: claim.personId,
      personName: names.get(claim.personId) ?? null,
      teamId: claim.teamId ?? null,
      claimedOn: claim.claimedOn,
      status: claim.status,
      duties: claim.duties,
      hours: claim.hours,
    })),
  };
}
