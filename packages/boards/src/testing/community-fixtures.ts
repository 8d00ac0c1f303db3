// Test-only fixtures for the community board specs: Guangming with one school, one agreement, a meeting
// and a team, written as the domain stores them.
import type {
  AgreementDrafted,
  AgreementEvent,
  CobuildEvent,
  CommunityRegistered,
  MeetingEvent,
  RegistryEvent,
  TeamEvent,
  UnitRegistered,
} from "@cobuild/domain";
import type { CommunityBoard } from "../community/board.ts";
import { communityBoardProjection } from "../community/projection.ts";
import { foldBoards, projectEvent } from "../fold.ts";
import type { BoardProjection, ProjectedEvent } from "../projection.ts";
import type { BoardDelta, BoardSnapshot } from "../protocol/messages.ts";

export type Fact = RegistryEvent | AgreementEvent | MeetingEvent | TeamEvent;

let position = 0;
/** A fact as the log hands it to projections, one second after the previous one. */
export const stored = <E extends CobuildEvent>(fact: E): ProjectedEvent<E> => {
  position += 1;
  const communityId = "communityId" in fact.data ? fact.data.communityId : "x";
  const place = {
    streamId: `s-${communityId}`,
    position,
    occurredAt: new Date(Date.UTC(2025, 4, 1, 8, 0, position)).toISOString(),
  };
  // A distributive conditional type: TypeScript cannot see that one member plus its place is that member.
  return { ...fact, ...place } as ProjectedEvent<E>;
};

const projections: readonly BoardProjection[] = [communityBoardProjection as BoardProjection];

/** The boards a rebuild from these facts gives. */
export const foldFacts = (...facts: Fact[]): Map<string, BoardSnapshot> =>
  foldBoards(projections, facts.map(stored));

/** Guangming's live board after these facts. */
export const boardAfter = (...facts: Fact[]): CommunityBoard => {
  const board = foldFacts(...facts).get("community:gm")?.data as CommunityBoard | undefined;
  if (!board) throw new Error("no community board was written");
  return board;
};

/** The deltas one more fact gives on top of the given ones. */
export const deltasOf = (given: Fact[], when: CobuildEvent): BoardDelta[] => {
  const boards = foldFacts(...given);
  return projectEvent(projections, stored(when), boards);
};

export const community: CommunityRegistered = {
  type: "CommunityRegistered",
  data: { communityId: "gm", streetId: "dongfeng", name: "光明社区", street: "东风路街道" },
};

export const school: UnitRegistered = {
  type: "UnitRegistered",
  data: {
    unitId: "school-1",
    communityId: "gm",
    name: "光明小学",
    kind: "school",
    partyOrganisation: "光明小学党支部",
    inServiceMembers: 12,
  },
};

export const hospital: UnitRegistered = {
  type: "UnitRegistered",
  data: {
    unitId: "hospital-1",
    communityId: "gm",
    name: "光明医院",
    kind: "hospital",
    partyOrganisation: "光明医院党总支",
    inServiceMembers: 30,
  },
};

const trees = {
  commitmentId: "trees",
  category: "environment",
  description: "植树",
  targetQuantity: 200,
  unitOfMeasure: "棵",
  dueDate: "2025-06-30",
} as const;

const beds = {
  commitmentId: "beds",
  category: "environment",
  description: "建花坛",
  targetQuantity: 5,
  unitOfMeasure: "个",
  dueDate: "2025-09-30",
} as const;

const agreementIds = { agreementId: "a1", communityId: "gm", unitId: "school-1" };

export const drafted: AgreementDrafted = {
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
    commitments: [{ ...trees, targetQuantity: 150 }, beds],
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

const ref = (contributionId: string, commitmentId = "trees") => ({
  ...agreementIds,
  contributionId,
  commitmentId,
});

export const logged = (
  contributionId: string,
  quantity: number,
  participants = 8,
  commitmentId = "trees",
): AgreementEvent => ({
  type: "ContributionLogged",
  data: { ...ref(contributionId, commitmentId), quantity, date: "2025-03-12", participants, note: "" },
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

/** A correction; without `previous.participants` it is one upcast from before corrections said so. */
export const corrected = (
  contributionId: string,
  previous: { quantity: number; verification: "pending" | "verified" | "disputed"; participants?: number },
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
    previousParticipants: previous.participants ?? null,
    previousVerification: previous.verification,
    reason: "记错了",
    correctedOn: "2025-03-17",
  },
});

export const fulfilled = (verifiedQuantity: number): AgreementEvent => ({
  type: "CommitmentFulfilled",
  data: { ...agreementIds, commitmentId: "trees", fulfilledOn: "2025-05-20", verifiedQuantity },
});

export const reopened = (contributionId: string, verifiedQuantity: number): AgreementEvent => ({
  type: "CommitmentReopened",
  data: {
    ...agreementIds,
    commitmentId: "trees",
    reopenedOn: "2025-05-22",
    verifiedQuantity,
    contributionId,
    reason: "数量不符",
  },
});
