import type { DecideContext, Decider } from "../shared/decider.ts";
import { conflict, notFound } from "../shared/errors.ts";
import type { CommunityCommand, StreetCommand, UnitCommand } from "./commands.ts";
import type {
  CommunityEvent,
  CommunityRegisteredData,
  StreetEvent,
  StreetRegisteredData,
  UnitEvent,
  UnitRegisteredData,
} from "./events.ts";

export type StreetState = { status: "none" } | { status: "registered"; street: StreetRegisteredData };

export type CommunityState =
  | { status: "none" }
  | { status: "registered"; community: CommunityRegisteredData };

export type UnitState = { status: "none" } | { status: "registered"; unit: UnitRegisteredData };

/** RegisterCommunity also needs the folded state of its street's stream, loaded by the handler. */
export type CommunityDecideContext = DecideContext & { street: StreetState };

/** RegisterUnit also needs the folded state of the unit's community stream, loaded by the handler. */
export type UnitDecideContext = DecideContext & { community: CommunityState };

/** Rules of a `street-…` stream. */
export const streetDecider: Decider<StreetCommand, StreetEvent, StreetState> = {
  initialState: { status: "none" },
  decide(command, state) {
    if (state.status === "registered") {
      throw conflict("street_already_registered", `Street ${command.data.streetId} is already registered.`);
    }
    return [{ type: "StreetRegistered", data: command.data }];
  },
  evolve: (_state, event) => ({ status: "registered", street: event.data }),
};

/** Rules of a `community-…` stream. */
export const communityDecider: Decider<
  CommunityCommand,
  CommunityEvent,
  CommunityState,
  CommunityDecideContext
> = {
  initialState: { status: "none" },
  decide(command, state, { street }) {
    switch (command.type) {
      case "RegisterCommunity": {
        const { communityId, streetId } = command.data;
        if (state.status === "registered") {
          throw conflict("community_already_registered", `Community ${communityId} is already registered.`);
        }
        if (street.status !== "registered" || street.street.streetId !== streetId) {
          throw notFound("street_not_found", `Street ${streetId} is not registered.`, "streetId");
        }
        return [{ type: "CommunityRegistered", data: { ...command.data, street: street.street.name } }];
      }
    }
  },
  evolve(_state, event) {
    switch (event.type) {
      case "CommunityRegistered":
        return { status: "registered", community: event.data };
    }
  },
};

/** Rules of a `unit-…` stream. */
export const unitDecider: Decider<UnitCommand, UnitEvent, UnitState, UnitDecideContext> = {
  initialState: { status: "none" },
  decide(command, state, context) {
    switch (command.type) {
      case "RegisterUnit": {
        const { unitId, communityId } = command.data;
        if (state.status === "registered") {
          throw conflict("unit_already_registered", `Unit ${unitId} is already registered.`);
        }
        // A community state for another id means the handler loaded the wrong stream: the named
        // community was, as far as this decision can know, never registered.
        const { community } = context;
        if (community.status !== "registered" || community.community.communityId !== communityId) {
          throw notFound("community_not_found", `Community ${communityId} is not registered.`, "communityId");
        }
        return [{ type: "UnitRegistered", data: command.data }];
      }
    }
  },
  evolve(_state, event) {
    switch (event.type) {
      case "UnitRegistered":
        return { status: "registered", unit: event.data };
    }
  },
};
