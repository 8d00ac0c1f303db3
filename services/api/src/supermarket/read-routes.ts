import { LocalDate, notFound } from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { etagOf } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";
import { CommunityParams } from "./paths.ts";
import type { SupermarketService } from "./service.ts";
import { ledgerView, stockView } from "./view.ts";

const LedgerQuery = z
  .object({ from: LocalDate.optional(), to: LocalDate.optional() })
  .refine((range) => range.from === undefined || range.to === undefined || range.from <= range.to, {
    error: "Must not be before from",
    path: ["to"],
    params: { code: "to_before_from" },
  });

/**
 * The supermarket's reads: stock for everyone in the community; the ledger, which names the residents in
 * need who received goods, only for those the policy allows ReadLedger (staff and keepers).
 */
export function supermarketReadRoutes(supermarket: SupermarketService, access: AccessControl): ApiRoute[] {
  const tag = "Supermarket";
  /** The supermarket of a registered community; a community without one yet has an empty one. */
  const load = async (communityId: string) => {
    const community = await supermarket.community(communityId);
    if (community.status !== "registered") {
      throw notFound("community_not_found", `No community ${communityId}.`);
    }
    return supermarket.supermarket(communityId);
  };
  return [
    route({
      method: "get",
      path: "/communities/:communityId/supermarket/stock",
      tag,
      summary: "Stock of every item against its low-stock threshold, the items running low, and the limit",
      auth: "session",
      params: CommunityParams,
      success: { status: 200, description: "The stock" },
      async handle({ params: { communityId }, principal, res }) {
        const { state, revision } = await load(communityId);
        await access.check(principal, "ReadStock", { communityId });
        res.setHeader("ETag", etagOf(revision)).json(stockView(communityId, state));
      },
    }),
    route({
      method: "get",
      path: "/communities/:communityId/supermarket/ledger",
      tag,
      summary: "Everything received and given (捐赠公示), newest first, optionally between two dates",
      auth: "session",
      params: CommunityParams,
      query: LedgerQuery,
      success: { status: 200, description: "The ledger" },
      async handle({ params: { communityId }, query, principal, res }) {
        const { state, revision, events } = await load(communityId);
        await access.check(principal, "ReadLedger", { communityId });
        res.setHeader("ETag", etagOf(revision)).json({
          communityId,
          from: query.from ?? null,
          to: query.to ?? null,
          lines: ledgerView(state, events, query),
        });
      },
    }),
  ];
}
