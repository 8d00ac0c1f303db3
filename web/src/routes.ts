import { type ComponentType, lazy, type ReactNode } from "react";

/** One page of a feature: its path (react-router syntax) and what it renders. */
export interface FeatureRoute {
  path: string;
  element: ReactNode;
}

/**
 * A page loaded only when first visited, so a liaison's phone does not download the wall screen's
 * charts: `lazyPage(() => import("./x-page.tsx"), "XPage")`.
 */
export function lazyPage<Module extends Record<Name, ComponentType>, Name extends string>(
  load: () => Promise<Module>,
  name: Name,
): ComponentType {
  return lazy(async (): Promise<{ default: ComponentType }> => ({ default: (await load())[name] }));
}

/**
 * Every path of the client, in one place, so features link to each other without guessing. Each
 * feature's routes.tsx maps its own paths to pages.
 */
export const paths = {
  home: () => "/",
  login: () => "/login",
  communityBoard: (communityId: string) => `/communities/${communityId}/board`,
  wall: (communityId: string) => `/communities/${communityId}/wall`,
  streetBoard: (streetId: string) => `/streets/${streetId}/board`,
  streetAccounts: (streetId: string) => `/streets/${streetId}/accounts`,
  unitLedger: (unitId: string) => `/units/${unitId}`,
  logContribution: (unitId: string) => `/units/${unitId}/log`,
  recordDonation: (unitId: string) => `/units/${unitId}/donate`,
  memberRecord: (personId: string) => `/people/${personId}`,
  team: (teamId: string) => `/teams/${teamId}`,
  posts: (communityId: string) => `/communities/${communityId}/posts`,
  setup: (communityId: string) => `/communities/${communityId}/setup`,
  setupUnits: (communityId: string) => `/communities/${communityId}/setup/units`,
  setupAgreements: (communityId: string) => `/communities/${communityId}/setup/agreements`,
  setupMeetings: (communityId: string) => `/communities/${communityId}/setup/meetings`,
  setupTeams: (communityId: string) => `/communities/${communityId}/setup/teams`,
  setupPosts: (communityId: string) => `/communities/${communityId}/setup/posts`,
  setupResidents: (communityId: string) => `/communities/${communityId}/setup/residents`,
  setupItems: (communityId: string) => `/communities/${communityId}/setup/items`,
  setupPledges: (communityId: string) => `/communities/${communityId}/setup/pledges`,
  setupAccounts: (communityId: string) => `/communities/${communityId}/setup/accounts`,
  audit: (communityId: string) => `/communities/${communityId}/setup/audit`,
  verify: (communityId: string) => `/communities/${communityId}/verify`,
  supermarket: (communityId: string) => `/communities/${communityId}/supermarket`,
  counter: (communityId: string) => `/communities/${communityId}/counter`,
  publicSite: (communityId: string) => `/public/${encodeURIComponent(communityId)}`,
  publicSection: (communityId: string, section: string) =>
    `/public/${encodeURIComponent(communityId)}/${section}`,
  publicPoster: (communityId: string, section: string) =>
    `/public/${encodeURIComponent(communityId)}/${section}/poster`,
} as const;
