import type { Action, ScopeRef } from "@cobuild/domain";
import { ACCOUNTS_BOARD, accountsScopeOfKey } from "./accounts/board.ts";
import { COMMUNITY_BOARD } from "./community/board.ts";
import { DIRECTORY_BOARD } from "./directory/projection.ts";
import { MEMBER_RECORD } from "./member/board.ts";
import { PLEDGE_RATES_BOARD } from "./pledge-rates/board.ts";
import { PLEDGES_BOARD } from "./pledges/board.ts";
import { POSTS_BOARD } from "./posts/board.ts";
import { STREET_BOARD } from "./street/board.ts";
import { SUPERMARKET_BOARD } from "./supermarket/board.ts";
import { TEAM_BOARD } from "./team/board.ts";
import { UNIT_LEDGER } from "./unit/board.ts";

/**
 * Who may watch a board: anyone logged in (public boards), or whoever the policy admits for a query
 * over a scope. A unit's, team's or person's community is read from the board itself, which the
 * projection filled from the stored facts, never from what a client says.
 */
export type WatchRule = { kind: "any_login" } | { kind: "scoped"; action: Action; scope: ScopeRef };

const communityOf = (data: unknown): string => {
  const value = (data as { communityId?: unknown } | null)?.communityId;
  return typeof value === "string" ? value : "";
};

/**
 * The rule for one board, given its current data; undefined when the board is never served (the
 * catalogue, the API's own index that names residents in need) or of a kind no client knows.
 */
export function watchRule(boardId: string, data: unknown): WatchRule | undefined {
  const separator = boardId.indexOf(":");
  const kind = boardId.slice(0, separator);
  const key = boardId.slice(separator + 1);
  if (separator < 0 || key === "") return undefined;
  switch (kind) {
    // Only community and street names: what any logged-in user may see to find their way.
    case DIRECTORY_BOARD:
      return { kind: "any_login" };
    // Shown to everyone in the community (donations received and given are public there), but it names
    // donors who gave their name, so not to other communities' accounts.
    case SUPERMARKET_BOARD:
      return { kind: "scoped", action: "ReadSupermarketBoard", scope: { communityId: key } };
    case COMMUNITY_BOARD:
      return { kind: "scoped", action: "ReadCommunityBoard", scope: { communityId: key } };
    case POSTS_BOARD:
      return { kind: "scoped", action: "ReadPostsBoard", scope: { communityId: key } };
    // Pledges and their fulfilment are posted for the whole community (双公开).
    case PLEDGES_BOARD:
      return { kind: "scoped", action: "ReadPledges", scope: { communityId: key } };
    case STREET_BOARD:
    // The street's pledge rates go with its roll-up.
    case PLEDGE_RATES_BOARD:
      return { kind: "scoped", action: "ReadStreetBoard", scope: { streetId: key } };
    case UNIT_LEDGER:
      return {
        kind: "scoped",
        action: "ReadUnitLedger",
        scope: { communityId: communityOf(data), unitId: key },
      };
    case TEAM_BOARD:
      return {
        kind: "scoped",
        action: "ReadTeamBoard",
        scope: { communityId: communityOf(data), teamId: key },
      };
    // Who holds which role, for the staff who administer the community's (or the street's) accounts.
    case ACCOUNTS_BOARD:
      return { kind: "scoped", action: "ReadAccounts", scope: accountsScopeOfKey(key) };
    case MEMBER_RECORD:
      return {
        kind: "scoped",
        action: "ReadMemberBoard",
        scope: { communityId: communityOf(data), personId: key },
      };
    // The catalogue (CATALOGUE_BOARD) names residents in need: never served.
    default:
      return undefined;
  }
}
