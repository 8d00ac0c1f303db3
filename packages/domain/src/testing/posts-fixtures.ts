// Test-only fixtures for the post specs: a two-place summer patrol post and a weekly mediation post.

import type { ClaimPlace, ClosePost, OpenPost, RecordDuty, ReleaseClaim } from "../posts/commands.ts";
import type { ClaimReleased, DutyRecorded, PlaceClaimed, PostClosed, PostOpened } from "../posts/events.ts";
import type { CommunityState } from "../registry/decider.ts";
import type { PersonView } from "../shared/views.ts";
import type { TeamView } from "../teams/state.ts";

export const today = "2025-06-15";

export const guangming: CommunityState = {
  status: "registered",
  community: { communityId: "guangming", streetId: "dongfeng", name: "光明社区", street: "东风路街道" },
};

/** A resident volunteer; pass overrides for an in-service member. */
export const person = (personId: string, overrides: Partial<PersonView> = {}): PersonView => ({
  personId,
  communityId: "guangming",
  name: `居民${personId}`,
  inService: false,
  reportedIn: false,
  ...overrides,
});

/** The patrol team: led by zhang, with li and wang on the roster. */
export const patrolTeam = (overrides: Partial<TeamView> = {}): TeamView => ({
  teamId: "patrol",
  communityId: "guangming",
  leaderPersonId: "zhang",
  members: new Set(["zhang", "li", "wang"]),
  ...overrides,
});

export const openData = (): OpenPost["data"] => ({
  postId: "p-patrol",
  communityId: "guangming",
  name: "夏季治安巡逻岗",
  category: "security_patrol",
  places: 2,
  schedule: { kind: "period", from: "2025-06-01", to: "2025-08-31" },
  area: "光明社区1-5号楼",
  description: "夜间巡逻",
});

export const open = (overrides: Partial<OpenPost["data"]> = {}): OpenPost => ({
  type: "OpenPost",
  data: { ...openData(), ...overrides },
});

export const opened = (overrides: Partial<PostOpened["data"]> = {}): PostOpened => ({
  type: "PostOpened",
  data: { ...openData(), ...overrides },
});

export const close = (overrides: Partial<ClosePost["data"]> = {}): ClosePost => ({
  type: "ClosePost",
  data: { postId: "p-patrol", closedOn: "2025-06-10", reason: "人员调整", ...overrides },
});

export const closed = (closedOn = "2025-06-10"): PostClosed => ({
  type: "PostClosed",
  data: { postId: "p-patrol", communityId: "guangming", closedOn, reason: "人员调整" },
});

export const claim = (overrides: Partial<ClaimPlace["data"]> = {}): ClaimPlace => ({
  type: "ClaimPlace",
  data: { postId: "p-patrol", claimId: "c-li", personId: "li", teamId: "patrol", ...overrides },
});

/** A place claimed; pass `teamId: undefined` for a self-claim (the key is then left out). */
export const claimed = (overrides: Partial<PlaceClaimed["data"]> = {}): PlaceClaimed => {
  const data = { ...claim().data, communityId: "guangming", claimedOn: "2025-06-05", ...overrides };
  if (data.teamId === undefined) delete data.teamId;
  return { type: "PlaceClaimed", data };
};

export const release = (claimId = "c-li"): ReleaseClaim => ({
  type: "ReleaseClaim",
  data: { postId: "p-patrol", claimId, reason: "工作调动" },
});

/** A claim released; pass `teamId: undefined` for a self-claim (the key is then left out). */
export const released = (overrides: Partial<ClaimReleased["data"]> = {}): ClaimReleased => {
  const data: ClaimReleased["data"] = {
    postId: "p-patrol",
    communityId: "guangming",
    claimId: "c-li",
    personId: "li",
    teamId: "patrol",
    reason: "工作调动",
    releasedOn: today,
    ...overrides,
  };
  if (data.teamId === undefined) delete data.teamId;
  return { type: "ClaimReleased", data };
};

export const recordDuty = (overrides: Partial<RecordDuty["data"]> = {}): RecordDuty => ({
  type: "RecordDuty",
  data: {
    postId: "p-patrol",
    claimId: "c-li",
    dutyId: "d-1",
    date: "2025-06-12",
    checkIn: "19:00",
    checkOut: "21:30",
    note: "",
    ...overrides,
  },
});

export const dutyRecorded = (overrides: Partial<DutyRecorded["data"]> = {}): DutyRecorded => ({
  type: "DutyRecorded",
  data: {
    ...recordDuty().data,
    communityId: "guangming",
    personId: "li",
    teamId: "patrol",
    hours: 2.5,
    ...overrides,
  },
});
