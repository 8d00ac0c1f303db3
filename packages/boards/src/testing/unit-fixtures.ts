// Test-only fixtures for the unit ledger specs: Guangming with a school and a hospital, one agreement,
// a joint meeting and the love supermarket, written as the domain stores them.

import type {
  AgreementAmended,
  AgreementEvent,
  EvaluationEvent,
  MeetingEvent,
  RegistryEvent,
  SupermarketEvent,
} from "@cobuild/domain";
import { catalogueBoardProjection } from "../catalogue/projection.ts";
import { communityBoardProjection } from "../community/projection.ts";
import { foldBoards } from "../fold.ts";
import type { BoardProjection, ProjectedEvent } from "../projection.ts";
import type { BoardSnapshot } from "../protocol/messages.ts";
import { supermarketBoardProjection } from "../supermarket/projection.ts";
import type { UnitLedger } from "../unit/board.ts";
import { unitLedgerProjection } from "../unit/projection.ts";
import { amended as communityAmended } from "./community-fixtures.ts";

export type Fact = RegistryEvent | AgreementEvent | MeetingEvent | SupermarketEvent | EvaluationEvent;

let position = 0;
/** A fact as the log hands it to projections, one second after the previous one. */
export const stored = (fact: Fact): ProjectedEvent => {
  position += 1;
  return {
    ...fact,
    streamId: "s",
    position,
    occurredAt: new Date(Date.UTC(2025, 4, 1, 8, 0, position)).toISOString(),
  };
};

/** The order allProjections keeps: the catalogue and the boards the ledger reads come first. */
export const withNeighbours = [
  catalogueBoardProjection,
  communityBoardProjection,
  supermarketBoardProjection,
  unitLedgerProjection,
] as BoardProjection[];

/** Only the catalogue beside the ledger: what it falls back on when the other boards say nothing. */
/** The ledger with no other board beside it: what it knows, it keeps itself. */
export const alone = [unitLedgerProjection] as BoardProjection[];

/** The boards a rebuild from these facts gives. */
export const foldFacts = (facts: Fact[], projections = withNeighbours): Map<string, BoardSnapshot> =>
  foldBoards(projections, facts.map(stored));

/** One unit's ledger after these facts, if any was written. */
export const ledgerOf = (boards: Map<string, BoardSnapshot>, unitId = "school-1"): UnitLedger | undefined =>
  boards.get(`unit:${unitId}`)?.data as UnitLedger | undefined;

/** The school's ledger after these facts. */
export const ledgerAfter = (...facts: Fact[]): UnitLedger | undefined => ledgerOf(foldFacts(facts));

const unit = (unitId: string, name: string, kind: "school" | "hospital"): RegistryEvent => ({
  type: "UnitRegistered",
  data: { unitId, communityId: "gm", name, kind, partyOrganisation: `${name}党支部`, inServiceMembers: 12 },
});
export const school = unit("school-1", "光明小学", "school");
export const hospital = unit("hospital-1", "光明医院", "hospital");

/**
 * The agreement facts are the community board's fixtures: a ledger and the live board must agree on the
 * same history. Only the amendment differs: here it keeps the one commitment (trees, target 150).
 */
export {
  corrected,
  disputed,
  drafted,
  expired,
  logged,
  signed,
  terminated,
  verified,
} from "./community-fixtures.ts";

const amendedHere = communityAmended as AgreementAmended;
export const amended: AgreementAmended = {
  type: "AgreementAmended",
  data: { ...amendedHere.data, commitments: amendedHere.data.commitments.slice(0, 1) },
};

const agreementIds = { agreementId: "a1", communityId: "gm", unitId: "school-1" };

export const fulfilled: AgreementEvent = {
  type: "CommitmentFulfilled",
  data: { ...agreementIds, commitmentId: "trees", fulfilledOn: "2025-05-20", verifiedQuantity: 200 },
};

export const reopened: AgreementEvent = {
  type: "CommitmentReopened",
  data: {
    ...agreementIds,
    commitmentId: "trees",
    reopenedOn: "2025-05-25",
    verifiedQuantity: 150,
    contributionId: "c1",
    reason: "数量不符",
  },
};

export const meeting: MeetingEvent = {
  type: "MeetingScheduled",
  data: {
    meetingId: "m1",
    communityId: "gm",
    title: "第一季度联席会议",
    date: "2025-03-20",
    place: "社区党群服务中心",
    agenda: [{ title: "签订共驻共建协议" }],
  },
};
