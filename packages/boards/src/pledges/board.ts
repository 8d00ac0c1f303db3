import type { PledgeCategory, PledgeRecipient, Pledger } from "@cobuild/domain";

/**
 * A community's pledges (承诺) as its notice board shows them (`pledges:<communityId>`): who promised
 * what to whom by when, where each stands, and the yearly fulfilment rates. Served to everyone in the
 * community (公开). Overdue is worked out where it is shown, from `dueOn`.
 */
export interface PledgesBoard {
  communityId: string;
  pledges: Record<string, BoardPledge>;
  /** By the year a pledge falls due ("2025"): how many were made and how many struck off. */
  years: Record<string, PledgeYear>;
}

export type BoardPledgeStatus = "open" | "fulfilment_pending" | "struck_off" | "withdrawn";

export interface BoardPledge {
  pledgeId: string;
  pledger: Pledger;
  /** 两委, the member's name or the cadre's: the name remembered, or the id of someone never registered. */
  pledgerName: string | null;
  /** The in-service member's employer unit, named when it is registered in this community. */
  unitName: string | null;
  content: string;
  category: PledgeCategory;
  madeTo: PledgeRecipient;
  madeOn: string;
  dueOn: string;
  status: BoardPledgeStatus;
  /** The fulfilment waiting for staff (践诺), or the one the pledge was struck off with. */
  fulfilment: { fulfilmentId: string; doneOn: string; evidence: string } | null;
  /** Why the latest fulfilment was rejected, until another is recorded. */
  rejection: string | null;
  /** The day it was struck off (销号) or withdrawn. */
  closedOn: string | null;
  withdrawReason: string | null;
}

/** Pledges made (withdrawn ones not counted) and struck off; the rate is struckOff / made. */
export interface PledgeTally {
  made: number;
  struckOff: number;
}

/** One year's rates: the community's, per kind of pledger, per member and per member's unit. */
export interface PledgeYear {
  total: PledgeTally;
  byKind: Record<string, PledgeTally>;
  byMember: Record<string, PledgeTally>;
  byUnit: Record<string, PledgeTally>;
}

export const PLEDGES_BOARD = "pledges";
