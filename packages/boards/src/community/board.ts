import type {
  CommitmentCategory,
  ContributionVerification,
  MeetingAttendanceKind,
  TeamCategory,
  UnitKind,
} from "@cobuild/domain";

/**
 * The joint-meeting live board (联席会议看板) of one community, `community:<communityId>`: agreements and
 * their progress, the newest contributions, meetings with attendance and decisions, and each team's
 * approved hours by month. Posts and the supermarket have boards of their own, which the live board
 * page watches beside this one. Nothing here depends on the clock: "overdue" and "this month" are worked
 * out by the reader from the dates stored here (see figures/), so a rebuild always gives the same board.
 */
export interface CommunityBoard {
  communityId: string;
  streetId: string;
  name: string;
  street: string;
  units: Record<string, BoardUnit>;
  agreements: Record<string, BoardAgreement>;
  /** Newest first, at most RECENT_CONTRIBUTIONS. */
  recentContributions: BoardContribution[];
  totals: { contributions: number; participants: number };
  meetings: Record<string, BoardMeeting>;
  /** Every decision of every meeting, open or done; the reader picks the open ones. */
  decisions: Record<string, BoardDecision>;
  teams: Record<string, BoardTeamSummary>;
}

export interface BoardUnit {
  unitId: string;
  name: string;
  kind: UnitKind;
  inServiceMembers: number;
  /** Contributions the unit has logged, all of them (the feed keeps only the newest). */
  contributions: number;
}

/** draft → signed → terminated | expired. */
export type BoardAgreementStatus = "draft" | "signed" | "terminated" | "expired";

export interface BoardAgreement {
  agreementId: string;
  unitId: string;
  title: string;
  status: BoardAgreementStatus;
  termStart: string;
  termEnd: string;
  signedOn: string | null;
  /** The joint meeting it was signed at, if any. */
  meetingId: string | null;
  commitments: Record<string, BoardCommitment>;
}

export interface BoardCommitment {
  commitmentId: string;
  category: CommitmentCategory;
  description: string;
  targetQuantity: number;
  unitOfMeasure: string;
  dueDate: string;
  /** Sum of the current quantities of every contribution logged against it, exact to two decimals. */
  logged: number;
  /** Sum of verified contributions only: what progress and striking off (销号) count. */
  verified: number;
  /** The day it was struck off, while the verified total stays at or above the target. */
  fulfilledOn: string | null;
}

export interface BoardContribution {
  contributionId: string;
  agreementId: string;
  unitId: string;
  unitName: string;
  commitmentId: string;
  description: string;
  quantity: number;
  unitOfMeasure: string;
  date: string;
  participants: number;
  note: string;
  loggedAt: string;
  verification: ContributionVerification;
}

export type BoardMeetingStatus = "scheduled" | "cancelled";

export interface BoardMeeting {
  meetingId: string;
  title: string;
  date: string;
  startTime: string | null;
  place: string;
  status: BoardMeetingStatus;
  /** The last record per unit counts (a correction replaces the earlier one). */
  attendance: Record<string, MeetingAttendanceKind>;
}

export interface BoardDecision {
  decisionId: string;
  meetingId: string;
  text: string;
  assignedUnitIds: string[];
  deadline: string;
  doneOn: string | null;
}

export interface BoardTeamSummary {
  teamId: string;
  name: string;
  category: TeamCategory;
  members: number;
  /** Approved service hours by the month they were served in ("2026-11"), exact to two decimals. */
  hoursByMonth: Record<string, number>;
}

export const RECENT_CONTRIBUTIONS = 20;

/** A contribution's key on the board: its id is unique only within its agreement. */
export const contributionKey = ({
  agreementId,
  contributionId,
}: {
  agreementId: string;
  contributionId: string;
}) => `${agreementId}/${contributionId}`;
export const COMMUNITY_BOARD = "community";
