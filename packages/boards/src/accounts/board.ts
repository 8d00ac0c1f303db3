import type { Grant } from "@cobuild/domain";

/**
 * Who holds which role: one board per community (`accounts:<communityId>`) with every account holding a
 * role inside it, and one per street (`accounts:street.<streetId>`) with the street-wide roles (street
 * admins and the street's meeting members). Staff administer accounts from it; an account appears on
 * every board one of its roles belongs to, with only the roles held there. Never a password hash.
 */
export interface AccountsBoard {
  /** The board's own key, so the projection knows which roles belong here. */
  key: string;
  /** username → the account as this community (or street) sees it. */
  accounts: Record<string, AccountListing>;
}

export interface AccountListing {
  displayName: string;
  /** The roles the account holds in this board's community (or street-wide, on a street's board). */
  grants: Grant[];
  /** Staff reset the password and its holder has not chosen a new one yet. */
  mustChangePassword: boolean;
  /** When the account was created and when anything about it last changed (ISO instants). */
  createdAt: string;
  changedAt: string;
}

export const ACCOUNTS_BOARD = "accounts";
const STREET_PREFIX = "street.";

/** The board key of a community's accounts, or of a street's street-wide roles. */
export const communityAccountsKey = (communityId: string): string => communityId;
export const streetAccountsKey = (streetId: string): string => `${STREET_PREFIX}${streetId}`;

/** What a key names: ids never hold a ".", so the two kinds of key cannot collide. */
export const accountsScopeOfKey = (key: string): { communityId: string } | { streetId: string } =>
  key.startsWith(STREET_PREFIX) ? { streetId: key.slice(STREET_PREFIX.length) } : { communityId: key };

/** The board key a grant is listed under. */
export const accountsKeyOf = (grant: Grant): string =>
  "communityId" in grant && grant.communityId !== undefined
    ? communityAccountsKey(grant.communityId)
    : streetAccountsKey(grant.streetId);
