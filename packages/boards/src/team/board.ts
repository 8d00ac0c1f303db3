import type { TeamCategory } from "@cobuild/domain";

/**
 * A volunteer team's board (服务队), `team:<teamId>`: the roster with each member's hours, the entries
 * waiting for staff to approve, approved hours by month, and the places the team holds on posts.
 */
export interface TeamBoard {
  teamId: string;
  communityId: string;
  name: string;
  category: TeamCategory;
  description: string;
  leaderId: string | null;
  /** Current members; a member who leaves is removed (their hours stay in the team's monthly totals). */
  roster: Record<string, TeamMember>;
  /** Hours logged by the leader and not yet approved or rejected. */
  pending: Record<string, TeamHoursEntry>;
  /** Approved hours by the month served ("2026-11"). */
  hoursByMonth: Record<string, number>;
  /** Places held for the team's members on posts (claimed by the leader), until released. */
  claims: Record<string, TeamClaim>;
}

export interface TeamMember {
  personId: string;
  name: string;
  skills: string[];
  joinedOn: string;
  approvedHours: number;
  pendingHours: number;
}

export interface TeamHoursEntry {
  entryId: string;
  personId: string;
  personName: string;
  date: string;
  hours: number;
  activity: string;
}

export interface TeamClaim {
  claimId: string;
  postId: string;
  postName: string;
  personId: string;
  personName: string;
  claimedOn: string;
}

export const TEAM_BOARD = "team";
