import { updatableMap, updatableSet } from "../shared/fold-ownership.ts";
import { addQuantities } from "../shared/quantities.ts";
import type { PostCategory, PostEvent } from "./events.ts";
import type { PostSchedule } from "./schedule.ts";

/** An active claim holds a place; a released one frees it but stays on record with its duties. */
export type PostClaimStatus = "active" | "released";

/** One claim (认领) on a post; `personId` and `teamId` are what the API authorises release and duty by. */
export interface PostClaim {
  claimId: string;
  personId: string;
  /** The team whose leader claimed the place; undefined when the person claimed for themself. */
  teamId: string | undefined;
  claimedOn: string;
  status: PostClaimStatus;
  /** How many duty records (履职记录) the claim has. */
  duties: number;
  /** Their hours in total, exact to hundredths. */
  hours: number;
}

/** A service post (公益岗位); `communityId` is what the API authorises by. */
export type PostState =
  | { status: "none" }
  | {
      status: "open" | "closed";
      postId: string;
      communityId: string;
      name: string;
      category: PostCategory;
      places: number;
      schedule: PostSchedule;
      area: string;
      /** Set once the post is closed. */
      closedOn: string | undefined;
      /** Every claim ever made, by claimId. Maps, because ids like "constructor" would collide on an object. */
      claims: ReadonlyMap<string, PostClaim>;
      /** Every dutyId used on this post, so a retried record is refused, not counted twice. */
      dutyIds: ReadonlySet<string>;
    };

export const initialPostState: PostState = { status: "none" };

/** Claims that hold a place now. */
export const activeClaims = (state: PostState): PostClaim[] =>
  state.status === "none" ? [] : [...state.claims.values()].filter((claim) => claim.status === "active");

/** Places not held by an active claim (0 for a post that does not exist). */
export const placesLeft = (state: PostState): number =>
  state.status === "none" ? 0 : Math.max(0, state.places - activeClaims(state).length);

/** A claim counts as served once at least one duty is recorded against it. */
export const isClaimServed = (claim: PostClaim): boolean => claim.duties > 0;

/**
 * Folds one event into the state. Events that cannot follow the current state never reach here from a
 * stream written through `decide`; they are ignored rather than thrown so reading a stream never fails.
 */
export const evolvePost = (state: PostState, event: PostEvent): PostState => {
  if (event.type === "PostOpened") {
    const { postId, communityId, name, category, places, schedule, area } = event.data;
    return {
      status: "open",
      postId,
      communityId,
      name,
      category,
      places,
      schedule,
      area,
      closedOn: undefined,
      claims: new Map(),
      dutyIds: new Set(),
    };
  }
  if (state.status === "none") return state;
  switch (event.type) {
    case "PostClosed":
      return { ...state, status: "closed", closedOn: event.data.closedOn };
    case "PlaceClaimed": {
      const { claimId, personId, teamId, claimedOn } = event.data;
      const claim: PostClaim = {
        claimId,
        personId,
        teamId,
        claimedOn,
        status: "active",
        duties: 0,
        hours: 0,
      };
      return { ...state, claims: updatableMap(state.claims).set(claimId, claim) };
    }
    case "ClaimReleased": {
      const claim = state.claims.get(event.data.claimId);
      if (claim === undefined) return state;
      const released: PostClaim = { ...claim, status: "released" };
      return { ...state, claims: updatableMap(state.claims).set(claim.claimId, released) };
    }
    case "DutyRecorded": {
      const claim = state.claims.get(event.data.claimId);
      if (claim === undefined) return state;
      const served: PostClaim = {
        ...claim,
        duties: claim.duties + 1,
        hours: addQuantities(claim.hours, event.data.hours),
      };
      return {
        ...state,
        claims: updatableMap(state.claims).set(claim.claimId, served),
        dutyIds: updatableSet(state.dutyIds).add(event.data.dutyId),
      };
    }
  }
};
