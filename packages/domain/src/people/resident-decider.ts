import type { CommunityState } from "../registry/decider.ts";
import type { DecideContext, Decider } from "../shared/decider.ts";
import { conflict, notFound, validationError } from "../shared/errors.ts";
import type {
  ApproveResident,
  RegisterResidentInNeed,
  ResidentCommand,
  RevokeResidentApproval,
} from "./resident-commands.ts";
import type {
  ResidentApprovalRevoked,
  ResidentApproved,
  ResidentEvent,
  ResidentInNeedRegistered,
} from "./resident-events.ts";
import { evolveResident, initialResidentState, type ResidentState } from "./resident-state.ts";

/**
 * RegisterResidentInNeed also needs the folded `community-<communityId>` stream, loaded by the handler;
 * the other commands need only today.
 */
export type ResidentDecideContext = DecideContext & { community?: CommunityState };

type RegisteredResident = Exclude<ResidentState, { status: "none" }>;

const registered = (state: ResidentState, residentId: string): RegisteredResident => {
  if (state.status === "none") {
    throw notFound("resident_not_found", `Resident ${residentId} is not registered.`);
  }
  return state;
};

const decideRegister = (
  { data }: RegisterResidentInNeed,
  state: ResidentState,
  { community }: ResidentDecideContext,
): ResidentInNeedRegistered[] => {
  if (state.status !== "none") {
    throw conflict("resident_already_registered", `Resident ${data.residentId} is already registered.`);
  }
  // Missing context is a wiring bug in the handler, not a refusal the client could act on.
  if (community === undefined) {
    throw new Error("RegisterResidentInNeed needs the community's state in its context");
  }
  // A state for another id means the handler loaded the wrong stream.
  if (community.status !== "registered" || community.community.communityId !== data.communityId) {
    throw notFound("community_not_found", `Community ${data.communityId} is not registered.`, "communityId");
  }
  return [{ type: "ResidentInNeedRegistered", data }];
};

const decideApprove = (
  { data }: ApproveResident,
  state: ResidentState,
  { today }: DecideContext,
): ResidentApproved[] => {
  const resident = registered(state, data.residentId);
  if (resident.status === "approved") {
    throw conflict("resident_already_approved", `Resident ${data.residentId} is already approved.`);
  }
  if (data.approvedOn > today) {
    throw validationError("date_in_future", "The approval date cannot be in the future.", "approvedOn");
  }
  // Approval history must read in order, or the supermarket's record of who could receive when is wrong.
  if (resident.status === "revoked" && data.approvedOn < resident.revokedOn) {
    throw validationError(
      "date_before_revocation",
      "A new approval cannot be dated before the last revocation.",
      "approvedOn",
    );
  }
  return [{ type: "ResidentApproved", data: { ...data, communityId: resident.resident.communityId } }];
};

const decideRevoke = (
  { data }: RevokeResidentApproval,
  state: ResidentState,
  { today }: DecideContext,
): ResidentApprovalRevoked[] => {
  const resident = registered(state, data.residentId);
  if (resident.status !== "approved") {
    throw conflict("resident_not_approved", `Resident ${data.residentId} is not approved.`);
  }
  if (data.revokedOn > today) {
    throw validationError("date_in_future", "The revocation date cannot be in the future.", "revokedOn");
  }
  if (data.revokedOn < resident.approvedOn) {
    throw validationError(
      "date_before_approval",
      "A revocation cannot be dated before the approval it revokes.",
      "revokedOn",
    );
  }
  return [{ type: "ResidentApprovalRevoked", data: { ...data, communityId: resident.resident.communityId } }];
};

/** Rules of a `resident-…` stream: register a resident in need, approve, revoke, approve again. */
export const residentDecider: Decider<ResidentCommand, ResidentEvent, ResidentState, ResidentDecideContext> =
  {
    initialState: initialResidentState,
    decide(command, state, context) {
      switch (command.type) {
        case "RegisterResidentInNeed":
          return decideRegister(command, state, context);
        case "ApproveResident":
          return decideApprove(command, state, context);
        case "RevokeResidentApproval":
          return decideRevoke(command, state, context);
      }
    },
    evolve: evolveResident,
  };
