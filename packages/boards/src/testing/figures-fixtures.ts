// Test-only builders for the figures specs: boards written out by hand, as small as each case needs.
import type {
  BoardAgreement,
  BoardCommitment,
  BoardDecision,
  BoardMeeting,
  BoardUnit,
  CommunityBoard,
} from "../community/board.ts";

export const emptyBoard = (): CommunityBoard => ({
  communityId: "gm",
  streetId: "dongfeng",
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

export const unit = (unitId: string, name: string): BoardUnit => ({
  unitId,
  name,
  kind: "school",
  inServiceMembers: 10,
  contributions: 0,
});

export const commitment = (commitmentId: string, fields: Partial<BoardCommitment> = {}): BoardCommitment => ({
  commitmentId,
  category: "environment",
  description: `承诺 ${commitmentId}`,
  targetQuantity: 100,
  unitOfMeasure: "棵",
  dueDate: "2025-06-30",
  logged: 0,
  verified: 0,
  fulfilledOn: null,
  ...fields,
});

export const agreement = (
  agreementId: string,
  unitId: string,
  commitments: BoardCommitment[],
  status: BoardAgreement["status"] = "signed",
): BoardAgreement => ({
  agreementId,
  unitId,
  title: "共驻共建协议",
  status,
  termStart: "2025-01-01",
  termEnd: "2025-12-31",
  signedOn: status === "draft" ? null : "2025-01-10",
  meetingId: null,
  commitments: Object.fromEntries(commitments.map((c) => [c.commitmentId, c])),
});

export const meeting = (
  meetingId: string,
  date: string,
  fields: Partial<BoardMeeting> = {},
): BoardMeeting => ({
  meetingId,
  title: `会议 ${meetingId}`,
  date,
  startTime: null,
  place: "党群服务中心",
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
  text: `事项 ${decisionId}`,
  assignedUnitIds: ["u1"],
  deadline,
  doneOn: null,
  ...fields,
});

/** A board holding the given things, keyed by their ids. */
export const boardWith = (parts: {
  units?: BoardUnit[];
  agreements?: BoardAgreement[];
  meetings?: BoardMeeting[];
  decisions?: BoardDecision[];
}): CommunityBoard => ({
  ...emptyBoard(),
  units: Object.fromEntries((parts.units ?? []).map((u) => [u.unitId, u])),
  agreements: Object.fromEntries((parts.agreements ?? []).map((a) => [a.agreementId, a])),
  meetings: Object.fromEntries((parts.meetings ?? []).map((m) => [m.meetingId, m])),
  decisions: Object.fromEntries((parts.decisions ?? []).map((d) => [d.decisionId, d])),
});
