import type { Grant, GrantRequest, Role } from "@cobuild/domain";

/** What a role is held over, as the form asks for it. */
export type Target = "community" | "unit" | "team" | "person" | "street";

export const targetOf: Record<Role, Target> = {
  street_admin: "street",
  community_staff: "community",
  meeting_member: "community",
  supermarket_keeper: "community",
  unit_liaison: "unit",
  team_leader: "team",
  member: "person",
};

/** Where roles are given: a community's page, or the street's page for the street-wide roles. */
export type AccountsScope = { communityId: string } | { streetId: string };

/** The street-wide roles, given on the street's page by its admin. */
export const streetRoles: Role[] = ["street_admin", "meeting_member"];

/**
 * The roles someone may give on a community's page: community staff only by the street admin (the API
 * decides in the end; this only keeps refusals off the menu). Street-wide roles are given on the street's.
 */
export const assignableRoles = (streetAdmin: boolean): Role[] => [
  ...(streetAdmin ? (["community_staff"] as const) : []),
  "meeting_member",
  "unit_liaison",
  "team_leader",
  "member",
  "supermarket_keeper",
];

/** The request that gives a role here: only the role and what it is held over. */
export function grantRequest(role: Role, scope: AccountsScope, targetId: string): GrantRequest | undefined {
  switch (targetOf[role]) {
    case "community":
      return (
        "streetId" in scope ? { role, streetId: scope.streetId } : { role, communityId: scope.communityId }
      ) as GrantRequest;
    case "unit":
      return targetId ? { role: "unit_liaison", unitId: targetId } : undefined;
    case "team":
      return targetId ? { role: "team_leader", teamId: targetId } : undefined;
    case "person":
      return targetId ? { role: "member", personId: targetId } : undefined;
    case "street":
      return "streetId" in scope ? { role: "street_admin", streetId: scope.streetId } : undefined;
  }
}

/** The request naming a grant someone holds, for revoking it. */
export function requestOf(grant: Grant): GrantRequest {
  switch (grant.role) {
    case "street_admin":
      return { role: "street_admin", streetId: grant.streetId };
    case "meeting_member":
      return grant.communityId === undefined
        ? { role: "meeting_member", streetId: grant.streetId }
        : { role: "meeting_member", communityId: grant.communityId };
    case "community_staff":
    case "supermarket_keeper":
      return { role: grant.role, communityId: grant.communityId };
    case "unit_liaison":
      return { role: "unit_liaison", unitId: grant.unitId };
    case "team_leader":
      return { role: "team_leader", teamId: grant.teamId };
    case "member":
      return { role: "member", personId: grant.personId };
  }
}

/** The id of what a grant is held over below its community, if anything. */
export const targetIdOf = (grant: Grant): string | undefined =>
  grant.role === "unit_liaison"
    ? grant.unitId
    : grant.role === "team_leader"
      ? grant.teamId
      : grant.role === "member"
        ? grant.personId
        : undefined;

/** A username as the API takes it: what people type, trimmed and lower-cased. */
export const normaliseUsername = (typed: string): string => typed.trim().toLowerCase();
