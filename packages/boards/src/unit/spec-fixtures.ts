// Test-only fixtures for the unit ledger specs: Guangming with a school and a hospital, one agreement,
// a joint meeting and the love supermarket, written as the domain stores them.
import type {
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
import type { UnitLedger } from "./board.ts";
import { unitLedgerProjection } from "./projection.ts";

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
export const withCatalogueOnly = [catalogueBoardProjection, unitLedgerProjection] as BoardProjection[];

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

const trees = {
  commitmentId: "trees",
  category: "environment",
  description: "植树",
  targetQuantity: 200,
  unitOfMeasure: "棵",
  dueDate: "2025-06-30",
} as const;

const agreementIds = { agreementId: "a1", communityId: "gm", unitId: "school-1" };

export const drafted: AgreementEvent = {
  type: "AgreementDrafted",
  data: {
    ...agreementIds,
    title: "2025 共驻共建协议",
    termStart: "2025-01-01",
    termEnd: "2025-12-31",
    commitments: [trees],
  },
};

export const amended: AgreementEvent = {
  type: "AgreementAmended",
  data: {
    ...agreementIds,
    title: "2025 共驻共建协议（修订）",
    termStart: "2025-02-01",
    termEnd: "2026-01-31",
    commitments: [{ ...trees, targetQuantity: 150 }],
  },
};

export const signed: AgreementEvent = {
  type: "AgreementSigned",
  data: {
    ...agreementIds,
    signedOn: "2025-01-10",
    communitySignatory: "王书记",
    unitSignatory: "李校长",
    meetingId: "m1",
  },
};

export const terminated: AgreementEvent = {
  type: "AgreementTerminated",
  data: { ...agreementIds, terminatedOn: "2025-08-01", reason: "单位搬迁" },
};

export const expired: AgreementEvent = {
  type: "AgreementExpired",
  data: { ...agreementIds, expiredOn: "2025-12-31" },
};

const ref = (contributionId: string) => ({ ...agreementIds, contributionId, commitmentId: "trees" });

export const logged = (contributionId: string, quantity: number, participants = 8): AgreementEvent => ({
  type: "ContributionLogged",
  data: { ...ref(contributionId), quantity, date: "2025-03-12", participants, note: "" },
});

export const verified = (contributionId: string, quantity: number): AgreementEvent => ({
  type: "ContributionVerified",
  data: { ...ref(contributionId), quantity, verifiedOn: "2025-03-15" },
});

export const disputed = (
  contributionId: string,
  quantity: number,
  previousVerification: "pending" | "verified",
): AgreementEvent => ({
  type: "ContributionDisputed",
  data: {
    ...ref(contributionId),
    quantity,
    previousVerification,
    reason: "数量不符",
    disputedOn: "2025-03-16",
  },
});

export const corrected = (
  contributionId: string,
  previous: { quantity: number; verification: "pending" | "verified" | "disputed" },
  now: { quantity: number; participants: number },
): AgreementEvent => ({
  type: "ContributionCorrected",
  data: {
    ...ref(contributionId),
    quantity: now.quantity,
    date: "2025-03-13",
    participants: now.participants,
    note: "更正数量",
    previousQuantity: previous.quantity,
    previousVerification: previous.verification,
    reason: "记错了",
    correctedOn: "2025-03-17",
  },
});

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
