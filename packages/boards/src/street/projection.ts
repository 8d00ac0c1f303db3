import { ContributionLoggedData, PostEvent, StreetRegisteredData, SupermarketEvent } from "@cobuild/domain";
import { COMMUNITY_BOARD, type CommunityBoard } from "../community/board.ts";
import { communityBoardEventTypes } from "../community/events.ts";
import { DIRECTORY_BOARD_ID, type DirectoryBoard } from "../directory/projection.ts";
import { POSTS_BOARD, type PostsBoard } from "../posts/board.ts";
import type { BoardProjection, ProjectedEvent, ProjectionContext } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import { SUPERMARKET_BOARD, type SupermarketBoard } from "../supermarket/board.ts";
import {
  RECENT_STREET_CONTRIBUTIONS,
  STREET_BOARD,
  type StreetBoard,
  type StreetContribution,
} from "./board.ts";
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

/** The newest contribution, as the street's feed shows it; nothing when its commitment is unknown. */
const streetContribution = (
  event: ProjectedEvent,
  community: CommunityBoard,
): StreetContribution | undefined => {
  const parsed = ContributionLoggedData.safeParse(event.data);
  if (!parsed.success) return undefined;
  const d = parsed.data;
  const agreement = own(community.agreements, d.agreementId);
  const commitment = agreement ? own(agreement.commitments, d.commitmentId) : undefined;
  if (!commitment) return undefined;
  return {
    contributionId: d.contributionId,
    communityId: community.communityId,
    communityName: community.name,
    unitName: own(community.units, d.unitId)?.name ?? d.unitId,
    description: commitment.description,
    quantity: d.quantity,
    unitOfMeasure: commitment.unitOfMeasure,
    date: d.date,
    participants: d.participants,
    loggedAt: event.occurredAt,
  };
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
  if (event.type === "ContributionLogged") {
    const contribution = streetContribution(event, community);
    if (contribution) {
      ops.push({
        op: "unshift",
        path: ["recentContributions"],
        value: contribution,
        max: RECENT_STREET_CONTRIBUTIONS,
      });
    }
  }
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
