import type { User } from "../session/session.tsx";

/**
 * Whether the user manages this community (its staff, or a street administrator). The API has the last
 * word: a street admin of another street is refused there; the page only decides what to offer.
 */
export const managesCommunity = (user: User, communityId: string): boolean =>
  user.grants.some(
    (g) => g.role === "street_admin" || (g.role === "community_staff" && g.communityId === communityId),
  );

/** Whether the user may work the counter: keep the stock, take donations, hand out goods. */
export const keepsCounter = (user: User, communityId: string): boolean =>
  managesCommunity(user, communityId) ||
  user.grants.some((g) => g.role === "supermarket_keeper" && g.communityId === communityId);
