import type { MemberGrade, PartyCategory, PersonKind } from "@cobuild/domain";

/**
 * One person's own record (我的记录), `member:<personId>`: their teams, service hours, post claims and
 * duties, reporting in and evaluations. Read by the person and their community's staff.
 */
export interface MemberRecord {
  personId: string;
  communityId: string;
  name: string;
  kind: PersonKind;
  partyCategory: PartyCategory | null;
  employerUnitId: string | null;
  reportedOn: string | null;
  teams: Record<string, MemberTeam>;
  hours: { approved: number; pending: number; byMonth: Record<string, number> };
  /** Newest first, at most RECENT_MEMBER_ENTRIES; status follows approval. */
  recentEntries: MemberHoursEntry[];
  claims: Record<string, MemberClaim>;
  /** By year ("2025"). */
  evaluations: Record<string, { year: number; grade: MemberGrade; comment: string }>;
}

export interface MemberTeam {
  teamId: string;
  name: string;
  joinedOn: string;
  leftOn: string | null;
  leader: boolean;
}

export interface MemberHoursEntry {
  entryId: string;
  teamId: string;
  date: string;
  hours: number;
  activity: string;
  status: "pending" | "approved" | "rejected";
}

export interface MemberClaim {
  claimId: string;
  postId: string;
  postName: string;
  teamId: string | null;
  claimedOn: string;
  releasedOn: string | null;
  duties: number;
  dutyHours: number;
}

export const RECENT_MEMBER_ENTRIES = 20;
export const MEMBER_RECORD = "member";
