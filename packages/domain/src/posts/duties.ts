import type { DecideContext } from "../shared/decider.ts";
import { conflict, notFound, validationError } from "../shared/errors.ts";
import { type ExistingPost, existingPost } from "./claims.ts";
import type { RecordDuty, ReleaseClaim } from "./commands.ts";
import type { ClaimReleased, DutyRecorded } from "./events.ts";
import { dutyHours, isWithinSchedule } from "./schedule.ts";
import type { PostClaim, PostState } from "./state.ts";

const existingClaim = (post: ExistingPost, claimId: string): PostClaim => {
  const claim = post.claims.get(claimId);
  if (claim === undefined) throw notFound("claim_not_found", `The post has no claim ${claimId}.`, "claimId");
  return claim;
};

/** Only the claim's holder and team matter to projections, so they are copied; no team means no key. */
const holderOf = ({ personId, teamId }: PostClaim) =>
  teamId === undefined ? { personId } : { personId, teamId };

/** Gives up a claim; its place is free again. Allowed on a closed post, where it changes nothing else. */
export const decideRelease = (
  { data }: ReleaseClaim,
  state: PostState,
  { today }: DecideContext,
): ClaimReleased[] => {
  const post = existingPost(state, data.postId);
  const claim = existingClaim(post, data.claimId);
  if (claim.status === "released") {
    throw conflict("claim_already_released", `Claim ${data.claimId} is already released.`, "claimId");
  }
  return [
    {
      type: "ClaimReleased",
      data: { ...data, communityId: post.communityId, ...holderOf(claim), releasedOn: today },
    },
  ];
};

/** Records one duty (履职记录) against an active claim, on a day the claim and the post both cover. */
export const decideDuty = (
  { data }: RecordDuty,
  state: PostState,
  { today }: DecideContext,
): DutyRecorded[] => {
  const post = existingPost(state, data.postId);
  const claim = existingClaim(post, data.claimId);
  // Checked before the claim's status so a retried record is refused the same way after a release.
  if (post.dutyIds.has(data.dutyId)) {
    throw conflict("duty_already_recorded", `Duty ${data.dutyId} is already recorded.`, "dutyId");
  }
  if (claim.status === "released") {
    throw conflict("claim_released", `Claim ${data.claimId} was released.`, "claimId");
  }
  if (data.date > today) {
    throw validationError("date_in_future", "A duty cannot be dated in the future.", "date");
  }
  // A closed post's period ends on the day it closed.
  const afterClose = post.closedOn !== undefined && data.date > post.closedOn;
  if (data.date < claim.claimedOn || !isWithinSchedule(post.schedule, data.date) || afterClose) {
    throw validationError(
      "date_outside_period",
      "The date falls outside the post's period or before the place was claimed.",
      "date",
    );
  }
  const hours = dutyHours(data.checkIn, data.checkOut);
  return [
    {
      type: "DutyRecorded",
      data: { ...data, communityId: post.communityId, ...holderOf(claim), hours },
    },
  ];
};
