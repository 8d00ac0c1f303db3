import type { PledgeTally } from "../pledges/board.ts";

/**
 * The street's pledge fulfilment rates (`pledge-rates:<streetId>`): per year a pledge falls due, how
 * many were made (withdrawn ones not counted) and struck off, street-wide, per kind of pledger (两委,
 * members, street cadres) and per community. Served to whoever watches the street board.
 */
export interface PledgeRatesBoard {
  streetId: string;
  years: Record<string, StreetPledgeYear>;
}

export interface StreetPledgeYear {
  total: PledgeTally;
  byKind: Record<string, PledgeTally>;
  byCommunity: Record<string, PledgeTally>;
}

export const PLEDGE_RATES_BOARD = "pledge-rates";
