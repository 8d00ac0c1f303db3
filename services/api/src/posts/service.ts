import {
  type ClaimPlaceInput,
  type ClosePostInput,
  communityDecider,
  communityEvents,
  communityStream,
  fold,
  notFound,
  type OpenPostInput,
  type PostClaim,
  type PostCommand,
  type PostDecideContext,
  type PostState,
  personEvents,
  postDecider,
  postEvents,
  postStream,
  type RecordDutyInput,
  type ReleaseClaimInput,
  type ScopeRef,
  teamEvents,
} from "@cobuild/domain";
import { loadState } from "../commands/load-state.ts";
import { eventReader } from "../commands/read-events.ts";
import { type AccessRule, type CommandEnvelope, runCommand } from "../commands/run-command.ts";
import type { ServiceDeps } from "../commands/service-deps.ts";

const readPostEvent = eventReader(postEvents);
const _readPersonEvent = eventReader(personEvents);
const _readTeamEvent = eventReader(teamEvents);
const readCommunityEvent = eventReader(communityEvents);

/** A post that exists, open or closed. */
export type ExistingPost = Exclude<PostState, { status: "none" }>;

/** A post as read: its folded state plus the description, which the state does not keep. */
export interface LoadedPost {
  state: PostState;
  description: string;
  revision: number;
}

/** Narrows to an existing post, or refuses with 404 post_not_found. */
export function existingPost(state: PostState, postId: string): ExistingPost {
  if (state.status === "none") throw notFound("post_not_found", `Post ${postId} does not exist.`);
  return state;
}

/** What a claim's release or duty acts on: the stored claim's holder and team, in the post's community. */
export function claimScope(state: PostState, postId: string, claimId: string): ScopeRef {
  const post = existingPost(state, postId);
  const claim: PostClaim | undefined = post.claims.get(claimId);
  if (claim === undefined) throw notFound("claim_not_found", `The post has no claim ${claimId}.`, "claimId");
  const team = claim.teamId === undefined ? {} : { teamId: claim.teamId };
  return { communityId: post.communityId, personId: claim.personId, ...team };
}

/**
 * What a claim acts on. A leader's claim (with a team) is scoped to the team only, so a member cannot
 * name their team to claim as a leader would and skip the reporting-in rule for their own claims; a claim
 * without a team is scoped to the person it is for.
 */
export function claimPlaceScope(state: PostState, data: ClaimPlaceInput): ScopeRef {
  const { communityId } = existingPost(state, data.postId);
  return data.teamId === undefined
    ? { communityId, personId: data.personId }
    : { communityId, teamId: data.teamId };
}

/** Service posts (公益岗位): opening, claiming, releasing, duty records and closing, independent of HTTP. */
export function postService(deps: ServiceDeps) {
  const run = (
    postId: string,
    command: PostCommand,
    envelope: CommandEnvelope,
    access: AccessRule<PostState, PostDecideContext>,
    loadContext?: (base: PostDecideContext) => Promise<PostDecideContext>,
  ) =>
    runCommand(
      deps,
      {
        streamId: postStream(postId),
        decider: postDecider,
        command,
        toDomainEvent: readPostEvent,
        ...(loadContext ? { loadContext } : {}),
        access,
      },
      envelope,
    );

  const { personView, teamView } = deps.read;

  return {
    /** The ids of a community's posts (postId → name), from the catalogue projection. */
    catalogue: async (communityId: string) => (await deps.catalogue(communityId)).posts,

    /** One post, straight from its stream. */
    async post(postId: string): Promise<LoadedPost> {
      const recorded = await deps.store.readStream(postStream(postId));
      const events = recorded.map(readPostEvent);
      const opened = events.find((event) => event.type === "PostOpened");
      return {
        state: fold(postDecider, events),
        description: opened?.data.description ?? "",
        revision: recorded.at(-1)?.revision ?? -1,
      };
    },

    /** The names of these people (persons never registered are left out). */
    async personNames(personIds: Iterable<string>): Promise<Map<string, string>> {
      const views = await Promise.all([...new Set(personIds)].map(personView));
      return new Map(views.flatMap((view) => (view ? [[view.personId, view.name] as const] : [])));
    },

    openPost: (data: OpenPostInput, envelope: CommandEnvelope) =>
      run(
        data.postId,
        { type: "OpenPost", data },
        envelope,
        {
          action: "OpenPost",
          // An existing post answers for its own community; a new one for the community as registered.
          scope: (state, { community }) => {
            if (state.status !== "none") return { communityId: state.communityId };
            if (community?.status !== "registered") {
              throw notFound(
                "community_not_found",
                `Community ${data.communityId} is not registered.`,
                "communityId",
              );
            }
            return { communityId: community.community.communityId };
          },
        },
        async (base) => ({
          ...base,
          community: (
            await loadState(
              deps.store,
              communityStream(data.communityId),
              communityDecider,
              readCommunityEvent,
            )
          ).state,
        }),
      ),

    closePost: (data: ClosePostInput, envelope: CommandEnvelope) =>
      run(data.postId, { type: "ClosePost", data }, envelope, {
        action: "ClosePost",
        scope: (state) => ({ communityId: existingPost(state, data.postId).communityId }),
      }),

    claimPlace: (data: ClaimPlaceInput, envelope: CommandEnvelope) =>
      run(
        data.postId,
        { type: "ClaimPlace", data },
        envelope,
        { action: "ClaimPlace", scope: (state) => claimPlaceScope(state, data) },
        // Both keys are always set: `undefined` tells the decider there is no such person or team.
        async (base) => ({
          ...base,
          person: await personView(data.personId),
          team: data.teamId === undefined ? undefined : await teamView(data.teamId),
        }),
      ),

    releaseClaim: (data: ReleaseClaimInput, envelope: CommandEnvelope) =>
      run(data.postId, { type: "ReleaseClaim", data }, envelope, {
        action: "ReleaseClaim",
        scope: (state) => claimScope(state, data.postId, data.claimId),
      }),

    recordDuty: (data: RecordDutyInput, envelope: CommandEnvelope) =>
      run(data.postId, { type: "RecordDuty", data }, envelope, {
        action: "RecordDuty",
        scope: (state) => claimScope(state, data.postId, data.claimId),
      }),
  };
}
export type PostsService = ReturnType<typeof postService>;
