import { addQuantities, PostEvent } from "@cobuild/domain";
import type { CatalogueBoard } from "../catalogue/projection.ts";
import type { BoardProjection, ProjectedEvent, ProjectionContext } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import { type BoardClaim, type BoardPost, POSTS_BOARD, type PostsBoard } from "./board.ts";

/** keysFor and project both ask about the same event object; parse it once. */
const parsedEvents = new WeakMap<ProjectedEvent, PostEvent | null>();

/** Reads a stored event as a post event, or nothing (other contexts' events). */
const relevant = (event: ProjectedEvent): PostEvent | undefined => {
  let parsed = parsedEvents.get(event);
  if (parsed === undefined) {
    const result = PostEvent.safeParse({ type: event.type, data: event.data });
    parsed = result.success ? result.data : null;
    parsedEvents.set(event, parsed);
  }
  return parsed ?? undefined;
};

const catalogueOf = (context: ProjectionContext, communityId: string): CatalogueBoard | undefined =>
  context.board<CatalogueBoard>(`catalogue:${communityId}`);

const opsFor = (board: PostsBoard, event: PostEvent, context: ProjectionContext): BoardOp[] => {
  if (event.type === "PostOpened") {
    const { postId, name, category, places, schedule, area, description } = event.data;
    const post: BoardPost = {
      postId,
      name,
      category,
      places,
      schedule,
      area,
      description,
      status: "open",
      closedOn: null,
      claims: {},
    };
    return [{ op: "set", path: ["posts", postId], value: post }];
  }
  const { postId } = event.data;
  const post = own(board.posts, postId);
  if (!post) return [];
  switch (event.type) {
    case "PostClosed":
      return [
        { op: "set", path: ["posts", postId, "status"], value: "closed" },
        { op: "set", path: ["posts", postId, "closedOn"], value: event.data.closedOn },
      ];
    case "PlaceClaimed": {
      const { claimId, personId, teamId, claimedOn, communityId } = event.data;
      const catalogue = catalogueOf(context, communityId);
      const claim: BoardClaim = {
        claimId,
        personId,
        personName: (catalogue && own(catalogue.people, personId)) ?? personId,
        teamId: teamId ?? null,
        teamName: teamId ? ((catalogue && own(catalogue.teams, teamId)) ?? teamId) : null,
        claimedOn,
        dutyHours: 0,
      };
      return [{ op: "set", path: ["posts", postId, "claims", claimId], value: claim }];
    }
    case "ClaimReleased":
      return own(post.claims, event.data.claimId)
        ? [{ op: "unset", path: ["posts", postId, "claims", event.data.claimId] }]
        : [];
    case "DutyRecorded": {
      const claim = own(post.claims, event.data.claimId);
      if (!claim) return [];
      return [
        {
          op: "set",
          path: ["posts", postId, "claims", event.data.claimId, "dutyHours"],
          value: addQuantities(claim.dutyHours, event.data.hours),
        },
      ];
    }
  }
};

/** Every post of a community on one board, with its places and the claims currently holding them. */
export const postsBoardProjection: BoardProjection<PostsBoard> = {
  kind: POSTS_BOARD,
  keysFor: (event) => {
    const parsed = relevant(event);
    return parsed ? [parsed.data.communityId] : [];
  },
  initial: (communityId) => ({ communityId, posts: {} }),
  project: (board, event, context) => {
    const parsed = relevant(event);
    return parsed ? opsFor(board, parsed, context) : [];
  },
};
