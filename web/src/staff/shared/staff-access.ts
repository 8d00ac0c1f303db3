import type { Grant } from "@cobuild/domain";

/**
 * Whether the grants let someone run a community's setup: its staff, or the administrator of the street
 * it belongs to. The API decides in the end; this only spares others a page of refusals.
 */
export function isStaffOf(grants: readonly Grant[], communityId: string, streetId: string): boolean {
  return grants.some(
    (g) =>
      (g.role === "community_staff" && g.communityId === communityId) ||
      (g.role === "street_admin" && g.streetId === streetId),
  );
}

/** Whether the grants make someone an administrator of this street. */
export const isStreetAdminOf = (grants: readonly Grant[], streetId: string): boolean =>
  grants.some((g) => g.role === "street_admin" && g.streetId === streetId);
