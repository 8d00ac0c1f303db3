import {
  type BoardReader,
  boardIdOf,
  COMMUNITY_BOARD,
  type CommunityBoard,
  communitySummary,
  PLEDGES_BOARD,
  type PledgesBoard,
  pledgesBoardProjection,
  publicAgreementList,
  publicDecisionList,
  publicPledgeList,
  publicSupermarket,
  publicTeamRoll,
  SUPERMARKET_BOARD,
  type SupermarketBoard,
  supermarketBoardProjection,
} from "@cobuild/boards";
import { Id, notFound } from "@cobuild/domain";
import type { Response } from "express";
import { z } from "zod";
import { type ApiRoute, route } from "../http/route.ts";

const CommunityParams = z.object({ communityId: Id });

/**
 * The one exception to the API's no-store: these answers are the same for everyone and name nobody in
 * need (the disclosure views of @cobuild/boards copy each field by name), so a phone or a proxy may
 * keep them for a minute. A notice board a minute late is fine; a cheap phone on a slow network
 * reloading every page is not.
 */
const sendPublic = (res: Response, body: unknown) => {
  res.setHeader("Cache-Control", "public, max-age=60");
  res.json(body);
};

export interface PublicRouteDeps {
  boards: BoardReader;
  today: () => string;
}

/** The public disclosure site (公开栏): read-only, no session, one community's accountability at a glance. */
export function publicRoutes({ boards, today }: PublicRouteDeps): ApiRoute[] {
  const board = async <Data>(kind: string, communityId: string) =>
    (await boards.getBoard(boardIdOf(kind, communityId)))?.data as Data | undefined;
  const community = async (communityId: string) => {
    const data = await board<CommunityBoard>(COMMUNITY_BOARD, communityId);
    if (!data) throw notFound("community_not_found", `No community ${communityId}.`);
    return data;
  };
  const base = "/public/communities/:communityId";
  const publicRoute = (
    path: string,
    summary: string,
    description: string,
    handle: (communityId: string, res: Response) => Promise<void>,
  ) =>
    route({
      method: "get",
      path,
      tag: "Public",
      summary,
      auth: "public",
      params: CommunityParams,
      success: { status: 200, description },
      handle: ({ params: { communityId }, res }) => handle(communityId, res),
    });
  const year = () => today().slice(0, 4);
  return [
    publicRoute(
      base,
      "A community's name, street and this year's accountability summary (no login)",
      "The summary",
      async (communityId, res) => {
        const data = await community(communityId);
        const pledges = await board<PledgesBoard>(PLEDGES_BOARD, communityId);
        sendPublic(res, communitySummary(data, pledges, year()));
      },
    ),
    publicRoute(
      `${base}/agreements`,
      "Each unit's agreement and its commitments' progress (no login)",
      "The agreements, newest term first",
      async (communityId, res) => {
        sendPublic(res, { agreements: publicAgreementList(await community(communityId)) });
      },
    ),
    publicRoute(
      `${base}/pledges`,
      "The community's pledges, members' names masked, and this year's fulfilment rate (no login)",
      "The pledges, newest first",
      async (communityId, res) => {
        await community(communityId);
        const data = await board<PledgesBoard>(PLEDGES_BOARD, communityId);
        sendPublic(res, publicPledgeList(data ?? pledgesBoardProjection.initial(communityId), year()));
      },
    ),
    publicRoute(
      `${base}/decisions`,
      "Joint-meeting decisions, their deadlines and whether done (no login)",
      "The decisions, latest deadline first",
      async (communityId, res) => {
        sendPublic(res, { decisions: publicDecisionList(await community(communityId)) });
      },
    ),
    publicRoute(
      `${base}/supermarket`,
      "The love supermarket's totals and named donors; nothing about residents (no login)",
      "Totals, recent donations and stock",
      async (communityId, res) => {
        await community(communityId);
        const data = await board<SupermarketBoard>(SUPERMARKET_BOARD, communityId);
        sendPublic(res, publicSupermarket(data ?? supermarketBoardProjection.initial(communityId), today()));
      },
    ),
    publicRoute(
      `${base}/teams`,
      "The volunteer teams' honour roll: each team's size and this year's hours, no member named (no login)",
      "The teams, most hours first",
      async (communityId, res) => {
        sendPublic(res, publicTeamRoll(await community(communityId), year()));
      },
    ),
  ];
}
