/**
 * What one context may know about another context's aggregate when deciding. Each owning context
 * derives its view from its own state; a decider that needs it receives it in its context, `undefined`
 * meaning the aggregate does not exist. Keeping these small stops contexts reaching into each other.
 */

/** A registered person (党员, 积极分子, 居民志愿者), as posts and teams see them. */
export interface PersonView {
  personId: string;
  /** The community the person lives in (their residential community). */
  communityId: string;
  name: string;
  /** An in-service party member (在职党员): must report in (报到) before claiming posts for themself. */
  inService: boolean;
  /** Has reported in to their residential community. */
  reportedIn: boolean;
}

/** A joint meeting (党建联席会议), as an agreement signed at it sees it. */
export interface MeetingView {
  meetingId: string;
  communityId: string;
  date: string;
  cancelled: boolean;
}

/** A registered resident in need (困难居民), as the love supermarket sees them. */
export interface ResidentView {
  residentId: string;
  communityId: string;
  /** Approved by community staff and not revoked: only then may they receive goods. */
  approved: boolean;
}
