import type { AccountCreated, Grant, PasswordChanged, RoleGranted, RoleRevoked } from "@cobuild/domain";
import { sameGrant } from "@cobuild/domain";
import type { BoardProjection, ProjectedEvent, ProjectionMemory } from "../projection.ts";
import type { BoardOp } from "../protocol/ops.ts";
import { ACCOUNTS_BOARD, type AccountListing, type AccountsBoard, accountsKeyOf } from "./board.ts";

type AccountEvent = AccountCreated | RoleGranted | RoleRevoked | PasswordChanged;

/** What the projection remembers of one account (`account-holder:<username>`): all it lists, everywhere. */
interface AccountHolder {
  displayName: string;
  grants: Grant[];
  mustChangePassword: boolean;
  createdAt: string;
}

const accountHolder: ProjectionMemory<AccountHolder, AccountEvent> = {
  kind: "account-holder",
  keyFor: (event) => event.data.username,
  initial: () => ({ displayName: "", grants: [], mustChangePassword: false, createdAt: "" }),
  remember: (memory, event): BoardOp[] => {
    switch (event.type) {
      case "AccountCreated": {
        const { displayName, grants } = event.data;
        const value = { displayName, grants, mustChangePassword: false, createdAt: event.occurredAt };
        return Object.entries(value).map(([field, value]) => ({ op: "set", path: [field], value }));
      }
      case "RoleGranted":
        return [{ op: "set", path: ["grants"], value: [...memory.grants, event.data.grant] }];
      case "RoleRevoked": {
        const kept = memory.grants.filter((held) => !sameGrant(held, event.data.grant));
        return [{ op: "set", path: ["grants"], value: kept }];
      }
      case "PasswordChanged":
        return [{ op: "set", path: ["mustChangePassword"], value: event.data.how === "reset" }];
    }
  },
};

/**
 * Each board an account is listed on gets the whole listing again (a few hundred bytes), so every board
 * follows a change without reading another; a board where the account holds no role any more drops it.
 */
export const accountsBoardProjection: BoardProjection<AccountsBoard, AccountEvent, AccountHolder> = {
  kind: ACCOUNTS_BOARD,
  handles: ["AccountCreated", "RoleGranted", "RoleRevoked", "PasswordChanged"],
  memory: accountHolder,
  keysFor: (event, holder) => {
    const keys = new Set((holder?.grants ?? []).map(accountsKeyOf));
    // A revoked role is gone from the memory already, but its board must still drop it.
    if (event.type === "RoleRevoked") keys.add(accountsKeyOf(event.data.grant));
    return [...keys];
  },
  initial: (key) => ({ key, accounts: {} }),
  project: (board, event: ProjectedEvent<AccountEvent>, holder): BoardOp[] => {
    const { username } = event.data;
    const grants = (holder?.grants ?? []).filter((grant) => accountsKeyOf(grant) === board.key);
    if (!holder || grants.length === 0) {
      return Object.hasOwn(board.accounts, username) ? [{ op: "unset", path: ["accounts", username] }] : [];
    }
    const listing: AccountListing = {
      displayName: holder.displayName,
      grants,
      mustChangePassword: holder.mustChangePassword,
      createdAt: holder.createdAt,
      changedAt: event.occurredAt,
    };
    return [{ op: "set", path: ["accounts", username], value: listing }];
  },
};
