import type { Decider } from "../shared/decider.ts";
import { conflict, notFound } from "../shared/errors.ts";
import type { AccountCommand } from "./commands.ts";
import type { AccountEvent } from "./events.ts";
import { type Grant, sameGrant } from "./grants.ts";

export type AccountState =
  | { status: "none" }
  | {
      status: "active";
      username: string;
      displayName: string;
      passwordHash: string;
      grants: Grant[];
      /** Staff reset the password: its holder must choose a new one before doing anything else. */
      mustChangePassword: boolean;
    };

const holds = (grants: readonly Grant[], grant: Grant) => grants.some((held) => sameGrant(held, grant));

/** Rules of an `account-…` stream: create once, grant and revoke roles, change the password. */
export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState> = {
  initialState: { status: "none" },
  decide(command, state) {
    const { username } = command.data;
    if (command.type === "CreateAccount") {
      if (state.status !== "none") {
        throw conflict("account_already_exists", `Account ${username} already exists.`, "username");
      }
      return [{ type: "AccountCreated", data: command.data }];
    }
    if (state.status === "none") throw notFound("account_not_found", `No account ${username}.`);
    switch (command.type) {
      case "GrantRole":
        if (holds(state.grants, command.data.grant)) {
          throw conflict("role_already_granted", `${username} already holds this role.`, "grant");
        }
        return [{ type: "RoleGranted", data: command.data }];
      case "RevokeRole":
        if (!holds(state.grants, command.data.grant)) {
          throw conflict("role_not_granted", `${username} does not hold this role.`, "grant");
        }
        return [{ type: "RoleRevoked", data: command.data }];
      case "ChangePassword":
        return [{ type: "PasswordChanged", data: command.data }];
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case "AccountCreated":
        return { status: "active", ...event.data, mustChangePassword: false };
      case "RoleGranted":
        return state.status === "active" ? { ...state, grants: [...state.grants, event.data.grant] } : state;
      case "RoleRevoked":
        return state.status === "active"
          ? { ...state, grants: state.grants.filter((held) => !sameGrant(held, event.data.grant)) }
          : state;
      case "PasswordChanged":
        return state.status === "active"
          ? {
              ...state,
              passwordHash: event.data.passwordHash,
              mustChangePassword: event.data.how === "reset",
            }
          : state;
    }
  },
};
