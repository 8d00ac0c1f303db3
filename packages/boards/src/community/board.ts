import type { CommitmentCategory, UnitKind } from "@cobuild/domain";

/** The joint-meeting live board (联席会议看板) of one community. */
export interface CommunityBoard {
  communityId: string;
  name: string;
  street: string;
  units: Record<string, BoardUnit>;
  agreements: Record<string, BoardAgreement>;
  /** Newest first, at most RECENT_CONTRIBUTIONS. */
  recentContributions: BoardContribution[];
  totals: { contributions: number; participants: number };
}

export interface BoardUnit {
  unitId: string;
  name: string;
  kind: UnitKind;
  inServiceMembers: number;
}

export interface BoardAgreement {
  agreementId: string;
  unitId: string;
  title: string;
  status: "draft" | "signed";
  termStart: string;
  termEnd: string;
  signedOn: string | null;
  commitments: Record<string, BoardCommitment>;
}

export interface BoardCommitment {
  commitmentId: string;
  category: CommitmentCategory;
  description: string;
  targetQuantity: number;
  unitOfMeasure: string;
  dueDate: string;
  /** Sum of logged contributions, exact to two decimals. */
  logged: number;
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
}

export const RECENT_CONTRIBUTIONS = 20;
export const COMMUNITY_BOARD = "community";
