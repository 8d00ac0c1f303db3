import type { Grant } from "@cobuild/domain";

/** A claim as far as deciding who may act on it goes. */
export interface ClaimHolder {
  personId: string;
  teamId: string | null;
}

/**
 * What a user's grants let them do with teams and posts in one community. The API has the last word;
 * this only decides which controls to offer, mirroring the policy (staff everywhere in their
 * community, a leader over their team's claims, a member over their own).
 */
export interface TeamRights {
  /** Community staff (or the street admin) of this community. */
  staff: boolean;
  /** Teams of this community the user leads. */
  leaderTeamIds: string[];
  /** The user's own personId when they hold a member grant here. */
  personId: string | undefined;
}

/** Reads a user's rights in one community from their grants. */
export function rightsIn(grants: readonly Grant[], communityId: string): TeamRights {
  const staff = grants.some(
    (g) => g.role === "street_admin" || (g.role === "community_staff" && g.communityId === communityId),
  );
  const leaderTeamIds = grants.flatMap((g) =>
    g.role === "team_leader" && g.communityId === communityId ? [g.teamId] : [],
  );
  const member = grants.find((g) => g.role === "member" && g.communityId === communityId);
  return { staff, leaderTeamIds, personId: member?.role === "member" ? member.personId : undefined };
}

/** Whether the user may keep this team's roster and log its hours (staff or its leader). */
export const mayManageTeam = (rights: TeamRights, teamId: string): boolean =>
  rights.staff || rights.leaderTeamIds.includes(teamId);

/** Whether the user may release a claim or record duty under it. */
export const mayActOnClaim = (rights: TeamRights, claim: ClaimHolder): boolean =>
  rights.staff ||
  (claim.teamId !== null && rights.leaderTeamIds.includes(claim.teamId)) ||
  (rights.personId !== undefined && claim.personId === rights.personId);
