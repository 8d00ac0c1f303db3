import { PostEvent, StreetRegisteredData, SupermarketEvent } from "@cobuild/domain";
import { COMMUNITY_BOARD, type CommunityBoard } from "../community/board.ts";
import { communityBoardEventTypes } from "../community/events.ts";
import { DIRECTORY_BOARD_ID, type DirectoryBoard } from "../directory/projection.ts";
import { POSTS_BOARD, type PostsBoard } from "../posts/board.ts";
import type { BoardProjection, ProjectedEvent, ProjectionContext } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import { SUPERMARKET_BOARD, type SupermarketBoard } from "../supermarket/board.ts";
import { STREET_BOARD, type StreetBoard } from "./board.ts";
import { feedOps } from "./feed.ts";
import { communitySummary, sameJson } from "./summary.ts";

/** Every event type a community-level board the street rolls up (community, posts, supermarket) reads. */
const rolledUpTypes: ReadonlySet<string> = new Set([
  ...communityBoardEventTypes,
  ...PostEvent.options.map((option) => option.shape.type.value),
  ...SupermarketEvent.options.map((option) => option.shape.type.value),
]);

/** The community an event belongs to, when it is one the street rolls up. */
const communityOf = (event: ProjectedEvent): string | undefined => {
  if (!rolledUpTypes.has(event.type)) return undefined;
  const communityId = (event.data as { communityId?: unknown } | null)?.communityId;
  return typeof communityId === "string" ? communityId : undefined;
};

const streetOf = (context: ProjectionContext, communityId: string): string | undefined => {
  const directory = context.board<DirectoryBoard>(DIRECTORY_BOARD_ID);
  return directory ? own(directory.communities, communityId)?.streetId : undefined;
};

const rollUp = (board: StreetBoard, event: ProjectedEvent, context: ProjectionContext): BoardOp[] => {
  const communityId = communityOf(event);
  const community = communityId
    ? context.board<CommunityBoard>(`${COMMUNITY_BOARD}:${communityId}`)
    : undefined;
  if (!communityId || !community) return [];
  const ops: BoardOp[] = [];
  const summary = communitySummary(
    community,
    context.board<PostsBoard>(`${POSTS_BOARD}:${communityId}`),
    context.board<SupermarketBoard>(`${SUPERMARKET_BOARD}:${communityId}`),
  );
  // Most facts leave the summary as it was; only a real change goes out to the street's screens.
  if (!sameJson(own(board.communities, communityId), summary)) {
    ops.push({ op: "set", path: ["communities", communityId], value: summary });
  }
  ops.push(...feedOps(board, event, community));
  return ops;
};

/**
 * The street's rolled-up board, `street:<streetId>`: a summary per community, recomputed from the
 * community's own boards. It reads them as this event left them, so it must run after every
 * community-level projection (community, posts, supermarket) and the directory in allProjections.
 */
export const streetBoardProjection: BoardProjection<StreetBoard> = {
  kind: STREET_BOARD,
  keysFor: (event, context) => {
    if (event.type === "StreetRegistered") {
      const parsed = StreetRegisteredData.safeParse(event.data);
      return parsed.success ? [parsed.data.streetId] : [];
    }
    const communityId = communityOf(event);
    const streetId = communityId ? streetOf(context, communityId) : undefined;
    return streetId ? [streetId] : [];
  },
  initial: (streetId) => ({ streetId, name: "", communities: {}, recentContributions: [] }),
  project: (board, event, context) => {
    if (event.type === "StreetRegistered") {
      const parsed = StreetRegisteredData.safeParse(event.data);
      return parsed.success ? [{ op: "set", path: ["name"], value: parsed.data.name }] : [];
    }
    return rollUp(board, event, context);
  },
};
