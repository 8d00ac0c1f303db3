import type { Decider } from "../shared/decider.ts";
import { conflict, notFound, validationError } from "../shared/errors.ts";
import { decideClaim, existingPost } from "./claims.ts";
import type { ClosePost, OpenPost, PostCommand } from "./commands.ts";
import type { PostDecideContext } from "./context.ts";
import { decideDuty, decideRelease } from "./duties.ts";
import type { PostClosed, PostEvent, PostOpened } from "./events.ts";
import { evolvePost, initialPostState, type PostState } from "./state.ts";

const decideOpen = ({ data }: OpenPost, state: PostState, context: PostDecideContext): PostOpened[] => {
  if (state.status !== "none") {
    throw conflict("post_already_exists", `Post ${data.postId} already exists.`);
  }
  // Missing context is a wiring bug in the handler, not a refusal the client could act on.
  if (context.community === undefined) throw new Error("OpenPost needs the community's state");
  const { community } = context;
  if (community.status !== "registered" || community.community.communityId !== data.communityId) {
    throw notFound("community_not_found", `Community ${data.communityId} is not registered.`, "communityId");
  }
  return [{ type: "PostOpened", data }];
};

const decideClose = ({ data }: ClosePost, state: PostState, { today }: PostDecideContext): PostClosed[] => {
  const post = existingPost(state, data.postId);
  if (post.status === "closed") throw conflict("post_closed", `Post ${data.postId} is already closed.`);
  if (data.closedOn > today) {
    throw validationError("date_in_future", "A post cannot be closed on a future date.", "closedOn");
  }
  return [{ type: "PostClosed", data: { ...data, communityId: post.communityId } }];
};

/** Rules of a `post-…` stream: open, claim and release places, record duties, close. */
export const postDecider: Decider<PostCommand, PostEvent, PostState, PostDecideContext> = {
  initialState: initialPostState,
  decide(command, state, context) {
    switch (command.type) {
      case "OpenPost":
        return decideOpen(command, state, context);
      case "ClosePost":
        return decideClose(command, state, context);
      case "ClaimPlace":
        return decideClaim(command, state, context);
      case "ReleaseClaim":
        return decideRelease(command, state, context);
      case "RecordDuty":
        return decideDuty(command, state, context);
    }
  },
  evolve: evolvePost,
};
