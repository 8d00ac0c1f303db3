import { conflict, notFound } from "../shared/errors.ts";
import type { PersonView } from "../shared/views.ts";
import type { TeamView } from "../teams/state.ts";
import type { ClaimPlace } from "./commands.ts";
import type { PostDecideContext } from "./context.ts";
import type { PlaceClaimed } from "./events.ts";
import { scheduleEnd } from "./schedule.ts";
import { activeClaims, type PostState } from "./state.ts";

/** A post that exists, open or closed. */
export type ExistingPost = Exclude<PostState, { status: "none" }>;

/** Narrows the state to an existing post or refuses with post_not_found. */
export const existingPost = (state: PostState, postId: string): ExistingPost => {
  if (state.status === "none") throw notFound("post_not_found", `Post ${postId} does not exist.`);
  return state;
};

const existingPerson = (context: PostDecideContext, personId: string): PersonView => {
  // The key present with `undefined` means "no such person"; the key absent means it was never loaded.
  if (!("person" in context)) throw new Error("ClaimPlace needs the person's view");
  const { person } = context;
  if (person === undefined || person.personId !== personId) {
    throw notFound("person_not_found", `Person ${personId} does not exist.`, "personId");
  }
  return person;
};

/** A leader claims for a member of their own team, in the post's community. */
const checkTeamClaim = (context: PostDecideContext, post: ExistingPost, teamId: string, personId: string) => {
  if (!("team" in context)) throw new Error("ClaimPlace with a team needs the team's view");
  const team: TeamView | undefined = context.team;
  if (team === undefined || team.teamId !== teamId) {
    throw notFound("team_not_found", `Team ${teamId} does not exist.`, "teamId");
  }
  if (team.communityId !== post.communityId) {
    throw conflict("team_not_in_community", `Team ${teamId} belongs to another community.`, "teamId");
  }
  if (!team.members.has(personId)) {
    throw conflict("not_team_member", `Person ${personId} is not a member of team ${teamId}.`, "personId");
  }
};

/**
 * An in-service member (在职党员) claims for themself only after reporting in (报到) to their
 * residential community, and that report counts only for posts of that community.
 */
const checkSelfClaim = (person: PersonView, post: ExistingPost) => {
  if (person.inService && !(person.reportedIn && person.communityId === post.communityId)) {
    throw conflict(
      "not_reported_in",
      "An in-service member must report in to this community before claiming a place.",
      "personId",
    );
  }
};

/** Claims one place for one person; the last place goes to one claim only (the stream's revision decides). */
export const decideClaim = (
  { data }: ClaimPlace,
  state: PostState,
  context: PostDecideContext,
): PlaceClaimed[] => {
  const post = existingPost(state, data.postId);
  // Checked first so a retried claim is refused the same way whatever happened since.
  if (post.claims.has(data.claimId)) {
    throw conflict("claim_already_exists", `Claim ${data.claimId} already exists.`, "claimId");
  }
  if (post.status === "closed") throw conflict("post_closed", `Post ${data.postId} is closed.`);
  const end = scheduleEnd(post.schedule);
  if (end !== undefined && context.today > end) {
    throw conflict("post_period_over", `Post ${data.postId} ended on ${end}.`);
  }
  const person = existingPerson(context, data.personId);
  // A post serves its own community (设岗定责): its places go to people who live there.
  if (person.communityId !== post.communityId) {
    throw conflict(
      "person_in_other_community",
      `Person ${data.personId} lives in another community.`,
      "personId",
    );
  }
  if (data.teamId === undefined) checkSelfClaim(person, post);
  else checkTeamClaim(context, post, data.teamId, data.personId);
  const active = activeClaims(post);
  if (active.some((claim) => claim.personId === data.personId)) {
    throw conflict(
      "already_claimed",
      `Person ${data.personId} already holds a place on this post.`,
      "personId",
    );
  }
  if (active.length >= post.places) {
    throw conflict("post_full", `Every place on post ${data.postId} is taken.`);
  }
  const { teamId, ...rest } = data;
  // A self-claim has no teamId key at all, the way it reads back from the store.
  const team = teamId === undefined ? {} : { teamId };
  const claimedOn = context.today;
  return [{ type: "PlaceClaimed", data: { ...rest, ...team, communityId: post.communityId, claimedOn } }];
};
