import { addQuantities, type PersonRegistered, PostEvent, type TeamCreated } from "@cobuild/domain";
import { type Names, nameOf, nameOp } from "../names.ts";
import { type BoardProjection, type ProjectionMemory, typesOf } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import { type BoardClaim, type BoardPost, POSTS_BOARD, type PostsBoard } from "./board.ts";

/** The names the posts board shows for its claims, kept for itself; never served. */
export type PostsNames = Names<"people" | "teams">;
type PostsBoardEvent = PostEvent | PersonRegistered | TeamCreated;

const postsNames: ProjectionMemory<PostsNames, PostsBoardEvent> = {
  kind: "posts-names",
  keyFor: (event) => event.data.communityId,
  initial: () => ({ people: {}, teams: {} }),
  remember: (_names, event) => {
    if (event.type === "PersonRegistered") return [nameOp("people", event.data.personId, event.data.name)];
    if (event.type === "TeamCreated") return [nameOp("teams", event.data.teamId, event.data.name)];
    return [];
  },
};

const opsFor = (board: PostsBoard, event: PostEvent, names: PostsNames | undefined): BoardOp[] => {
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
      const { claimId, personId, teamId, claimedOn } = event.data;
      const claim: BoardClaim = {
        claimId,
        personId,
        personName: nameOf(names, "people", personId),
        teamId: teamId ?? null,
        teamName: teamId ? nameOf(names, "teams", teamId) : null,
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

/**
 * Every post of a community on one board, with its places and the claims currently holding them. Names
 * of claimants and teams come from the projection's own memory, so the board never lists anyone who
 * holds no claim.
 */
export const postsBoardProjection: BoardProjection<PostsBoard, PostsBoardEvent, PostsNames> = {
  kind: POSTS_BOARD,
  handles: [...typesOf(PostEvent.options), "PersonRegistered", "TeamCreated"],
  memory: postsNames,
  keysFor: (event) =>
    event.type === "PersonRegistered" || event.type === "TeamCreated" ? [] : [event.data.communityId],
  initial: (communityId) => ({ communityId, posts: {} }),
  project: (board, event, names) =>
    event.type === "PersonRegistered" || event.type === "TeamCreated" ? [] : opsFor(board, event, names),
};
