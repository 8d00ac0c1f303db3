import type { PersonState } from "../people/person-state.ts";
import type { CommunityState } from "../registry/decider.ts";
import type { DecideContext, Decider } from "../shared/decider.ts";
import { conflict, notFound, validationError } from "../shared/errors.ts";
import type {
  MakePledge,
  PledgeCommand,
  RecordFulfilment,
  RejectFulfilment,
  StrikeOffPledge,
  WithdrawPledge,
} from "./commands.ts";
import type {
  FulfilmentRecorded,
  FulfilmentRejected,
  PledgeEvent,
  PledgeMade,
  Pledger,
  PledgeStruckOff,
  PledgeWithdrawn,
} from "./events.ts";
import {
  type ExistingPledge,
  evolvePledge,
  initialPledgeState,
  type PledgeState,
  pendingFulfilment,
} from "./state.ts";

/**
 * What the handler loads besides today's date: MakePledge needs the community's stream and, for a
 * member's pledge, the person's (`person-<personId>`). The other commands need nothing more.
 */
export type PledgeDecideContext = DecideContext & { community?: CommunityState; person?: PersonState };

/** The pledge, or a 404 when the stream holds none. */
export const existingPledge = (state: PledgeState, pledgeId: string): ExistingPledge => {
  if (state.status === "none") throw notFound("pledge_not_found", `Pledge ${pledgeId} does not exist.`);
  return state;
};

/** A pledge struck off or withdrawn takes no more changes. */
const checkOpen = (pledge: ExistingPledge) => {
  if (pledge.status === "struck_off") {
    throw conflict("pledge_struck_off", `Pledge ${pledge.pledgeId} is already struck off.`);
  }
  if (pledge.status === "withdrawn") {
    throw conflict("pledge_withdrawn", `Pledge ${pledge.pledgeId} was withdrawn.`);
  }
};

/** A member's pledge names a party member of the community; their employer unit is kept when known. */
const memberPledger = (
  pledger: Extract<Pledger, { kind: "member" }>,
  person: PersonState | undefined,
  communityId: string,
): Pledger => {
  // Missing context is a wiring bug in the handler, not a refusal the client could act on.
  if (person === undefined) throw new Error("MakePledge by a member needs the person's state in its context");
  if (person.status !== "registered" || person.person.personId !== pledger.personId) {
    throw notFound("person_not_found", `Person ${pledger.personId} does not exist.`, "pledger.personId");
  }
  if (person.person.communityId !== communityId) {
    throw conflict(
      "person_in_other_community",
      `Person ${pledger.personId} lives in another community.`,
      "pledger.personId",
    );
  }
  if (person.person.kind !== "party_member") {
    throw conflict(
      "not_party_member",
      `Person ${pledger.personId} is not a party member.`,
      "pledger.personId",
    );
  }
  const unitId = pledger.unitId ?? person.person.employerUnitId;
  return unitId === undefined ? pledger : { ...pledger, unitId };
};

const decideMake = (
  { data }: MakePledge,
  state: PledgeState,
  { today, community, person }: PledgeDecideContext,
): PledgeMade[] => {
  if (community === undefined) throw new Error("MakePledge needs the community's state in its context");
  if (community.status !== "registered" || community.community.communityId !== data.communityId) {
    throw notFound("community_not_found", `Community ${data.communityId} is not registered.`, "communityId");
  }
  if (state.status !== "none") {
    throw conflict("pledge_already_exists", `Pledge ${data.pledgeId} already exists.`, "pledgeId");
  }
  const madeOn = data.madeOn ?? today;
  if (madeOn > today) {
    throw validationError("date_in_future", "A pledge cannot be made on a future date.", "madeOn");
  }
  if (data.dueOn < madeOn) {
    throw validationError("due_before_made", "A pledge cannot fall due before it is made.", "dueOn");
  }
  const pledger =
    data.pledger.kind === "member" ? memberPledger(data.pledger, person, data.communityId) : data.pledger;
  const { streetId } = community.community;
  return [{ type: "PledgeMade", data: { ...data, pledger, streetId, madeOn } }];
};

const decideRecord = (
  { data }: RecordFulfilment,
  state: PledgeState,
  { today }: DecideContext,
): FulfilmentRecorded[] => {
  const pledge = existingPledge(state, data.pledgeId);
  checkOpen(pledge);
  if (pledge.fulfilments.has(data.fulfilmentId)) {
    throw conflict(
      "fulfilment_already_recorded",
      `Fulfilment ${data.fulfilmentId} is already recorded.`,
      "fulfilmentId",
    );
  }
  if (pendingFulfilment(pledge)) {
    throw conflict(
      "fulfilment_pending",
      "A fulfilment of this pledge is waiting to be verified; verify or reject it first.",
    );
  }
  const doneOn = data.doneOn ?? today;
  if (doneOn > today) {
    throw validationError("date_in_future", "A fulfilment cannot be done on a future date.", "doneOn");
  }
  if (doneOn < pledge.madeOn) {
    throw validationError("done_before_made", "A pledge cannot be kept before it was made.", "doneOn");
  }
  const { communityId } = pledge;
  return [{ type: "FulfilmentRecorded", data: { ...data, communityId, doneOn } }];
};

const decideReject = (
  { data }: RejectFulfilment,
  state: PledgeState,
  { today }: DecideContext,
): FulfilmentRejected[] => {
  const pledge = existingPledge(state, data.pledgeId);
  checkOpen(pledge);
  const fulfilment = pledge.fulfilments.get(data.fulfilmentId);
  if (fulfilment === undefined) {
    throw notFound("fulfilment_not_found", `Fulfilment ${data.fulfilmentId} does not exist.`, "fulfilmentId");
  }
  if (fulfilment.status === "rejected") {
    throw conflict(
      "fulfilment_already_rejected",
      `Fulfilment ${data.fulfilmentId} is already rejected.`,
      "fulfilmentId",
    );
  }
  const { communityId } = pledge;
  return [{ type: "FulfilmentRejected", data: { ...data, communityId, rejectedOn: today } }];
};

const decideStrikeOff = (
  { data }: StrikeOffPledge,
  state: PledgeState,
  { today }: DecideContext,
): PledgeStruckOff[] => {
  const pledge = existingPledge(state, data.pledgeId);
  checkOpen(pledge);
  const pending = pendingFulfilment(pledge);
  if (pending === undefined) {
    throw conflict(
      "fulfilment_missing",
      "A pledge is struck off only once a fulfilment is recorded and not rejected.",
    );
  }
  const { pledgeId, communityId } = pledge;
  return [
    {
      type: "PledgeStruckOff",
      data: { pledgeId, communityId, fulfilmentId: pending.fulfilmentId, verifiedOn: today },
    },
  ];
};

const decideWithdraw = (
  { data }: WithdrawPledge,
  state: PledgeState,
  { today }: DecideContext,
): PledgeWithdrawn[] => {
  const pledge = existingPledge(state, data.pledgeId);
  checkOpen(pledge);
  const { communityId } = pledge;
  return [{ type: "PledgeWithdrawn", data: { ...data, communityId, withdrawnOn: today } }];
};

/** Rules of a `pledge-<pledgeId>` stream: made, fulfilled, verified and struck off, or withdrawn. */
export const pledgeDecider: Decider<PledgeCommand, PledgeEvent, PledgeState, PledgeDecideContext> = {
  initialState: initialPledgeState,
  decide(command, state, context) {
    switch (command.type) {
      case "MakePledge":
        return decideMake(command, state, context);
      case "RecordFulfilment":
        return decideRecord(command, state, context);
      case "RejectFulfilment":
        return decideReject(command, state, context);
      case "StrikeOffPledge":
        return decideStrikeOff(command, state, context);
      case "WithdrawPledge":
        return decideWithdraw(command, state, context);
    }
  },
  evolve: evolvePledge,
};
