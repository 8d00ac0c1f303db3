import type {
  BoardAgreement,
  BoardCommitment,
  BoardDecision,
  BoardMeeting,
  CommunityBoard,
  SupermarketBoard,
  SupermarketItem,
} from "@cobuild/boards";

/** Test data for the live board's helpers: an empty community and small builders for its parts. */
export const emptyCommunity = (): CommunityBoard => ({
  communityId: "c1",
  streetId: "s1",
  name: "光明社区",
  street: "东风路街道",
  units: {},
  agreements: {},
  recentContributions: [],
  totals: { contributions: 0, participants: 0 },
  meetings: {},
  decisions: {},
  teams: {},
});

export const unit = (unitId: string, name = unitId) => ({
  unitId,
  name,
  kind: "school" as const,
  inServiceMembers: 5,
  contributions: 0,
});

export const commitment = (commitmentId: string, fields: Partial<BoardCommitment> = {}): BoardCommitment => ({
  commitmentId,
  category: "environment",
  description: `do ${commitmentId}`,
  targetQuantity: 10,
  unitOfMeasure: "棵",
  dueDate: "2026-12-31",
  logged: 0,
  verified: 0,
  fulfilledOn: null,
  ...fields,
});

export const agreement = (
  agreementId: string,
  unitId: string,
  commitments: BoardCommitment[],
  fields: Partial<BoardAgreement> = {},
): BoardAgreement => ({
  agreementId,
  unitId,
  title: agreementId,
  status: "signed",
  termStart: "2026-01-01",
  termEnd: "2026-12-31",
  signedOn: "2026-01-10",
  meetingId: null,
  commitments: Object.fromEntries(commitments.map((c) => [c.commitmentId, c])),
  ...fields,
});

export const meeting = (
  meetingId: string,
  date: string,
  fields: Partial<BoardMeeting> = {},
): BoardMeeting => ({
  meetingId,
  title: meetingId,
  date,
  startTime: null,
  place: "会议室",
  status: "scheduled",
  attendance: {},
  ...fields,
});

export const decision = (
  decisionId: string,
  deadline: string,
  fields: Partial<BoardDecision> = {},
): BoardDecision => ({
  decisionId,
  meetingId: "m1",
  text: `decide ${decisionId}`,
  assignedUnitIds: [],
  deadline,
  doneOn: null,
  ...fields,
});

export const item = (itemId: string, stock: number, minimumStock: number): SupermarketItem => ({
  itemId,
  name: itemId,
  category: "food",
  unitOfMeasure: "袋",
  minimumStock,
  stock,
});

export const supermarket = (items: SupermarketItem[]): SupermarketBoard => ({
  communityId: "c1",
  monthlyLimit: null,
  items: Object.fromEntries(items.map((i) => [i.itemId, i])),
  recentIntake: [],
  recentHandouts: [],
  days: {},
  years: {},
  pending: {},
});
