// Test-only fixtures for the pledge specs: a member of Guangming pledges in 2025.

import type { PersonRegisteredData } from "../people/person-events.ts";
import type { PersonState } from "../people/person-state.ts";
import type {
  MakePledge,
  RecordFulfilment,
  RejectFulfilment,
  StrikeOffPledge,
  WithdrawPledge,
} from "../pledges/commands.ts";
import type {
  FulfilmentRecorded,
  FulfilmentRejected,
  PledgeMade,
  PledgeStruckOff,
  PledgeWithdrawn,
} from "../pledges/events.ts";
import type { CommunityState } from "../registry/decider.ts";

export const today = "2025-06-15";

export const guangming: CommunityState = {
  status: "registered",
  community: { communityId: "guangming", streetId: "dongfeng", name: "光明社区", street: "东风路街道" },
};

const li: PersonRegisteredData = {
  personId: "li",
  communityId: "guangming",
  name: "李明",
  kind: "party_member",
  partyCategory: "in_service",
  employerUnitId: "school-1",
  skills: [],
};

/** Li, registered as given: by default an in-service party member of Guangming, working at the school. */
export const personLi = (person: PersonRegisteredData = li): PersonState => ({
  status: "registered",
  person,
  reportedOn: undefined,
  evaluations: new Map(),
});

export const memberLi = personLi();

/** Li's registration without an employer unit (a resident member). */
export const liWithoutEmployer = (): PersonRegisteredData => {
  const { employerUnitId: _, ...rest } = li;
  return { ...rest, partyCategory: "resident" };
};

export const liWith = (changes: Partial<PersonRegisteredData>): PersonRegisteredData => ({
  ...li,
  ...changes,
});

export const make = (overrides: Partial<MakePledge["data"]> = {}): MakePledge => ({
  type: "MakePledge",
  data: {
    pledgeId: "p1",
    communityId: "guangming",
    pledger: { kind: "member", personId: "li" },
    content: "每月为独居老人义务理发一次",
    category: "elderly",
    madeTo: "residents",
    dueOn: "2025-12-31",
    ...overrides,
  },
});

export const made = (overrides: Partial<PledgeMade["data"]> = {}): PledgeMade => ({
  type: "PledgeMade",
  data: {
    pledgeId: "p1",
    communityId: "guangming",
    streetId: "dongfeng",
    pledger: { kind: "member", personId: "li", unitId: "school-1" },
    content: "每月为独居老人义务理发一次",
    category: "elderly",
    madeTo: "residents",
    dueOn: "2025-12-31",
    madeOn: today,
    ...overrides,
  },
});

export const recordFulfilment = (overrides: Partial<RecordFulfilment["data"]> = {}): RecordFulfilment => ({
  type: "RecordFulfilment",
  data: { pledgeId: "p1", fulfilmentId: "f1", evidence: "已理发六次，附签到表", ...overrides },
});

export const fulfilmentRecorded = (
  overrides: Partial<FulfilmentRecorded["data"]> = {},
): FulfilmentRecorded => ({
  type: "FulfilmentRecorded",
  data: {
    pledgeId: "p1",
    communityId: "guangming",
    fulfilmentId: "f1",
    doneOn: today,
    evidence: "已理发六次，附签到表",
    ...overrides,
  },
});

export const reject = (fulfilmentId = "f1"): RejectFulfilment => ({
  type: "RejectFulfilment",
  data: { pledgeId: "p1", fulfilmentId, reason: "缺少签到表" },
});

export const rejected = (fulfilmentId = "f1"): FulfilmentRejected => ({
  type: "FulfilmentRejected",
  data: { pledgeId: "p1", communityId: "guangming", fulfilmentId, reason: "缺少签到表", rejectedOn: today },
});

export const strikeOff = (): StrikeOffPledge => ({ type: "StrikeOffPledge", data: { pledgeId: "p1" } });

export const struckOff = (fulfilmentId = "f1"): PledgeStruckOff => ({
  type: "PledgeStruckOff",
  data: { pledgeId: "p1", communityId: "guangming", fulfilmentId, verifiedOn: today },
});

export const withdraw = (): WithdrawPledge => ({
  type: "WithdrawPledge",
  data: { pledgeId: "p1", reason: "重复登记" },
});

export const withdrawn = (): PledgeWithdrawn => ({
  type: "PledgeWithdrawn",
  data: { pledgeId: "p1", communityId: "guangming", reason: "重复登记", withdrawnOn: today },
});
