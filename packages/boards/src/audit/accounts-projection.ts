import type { AccountCreated, PasswordChanged, RoleGranted, RoleRevoked } from "@cobuild/domain";
import { accountsKeyOf } from "../accounts/board.ts";
import type { BoardProjection, ProjectionMemory } from "../projection.ts";
import { AUDIT_ACCOUNTS_BOARD, type AuditDay, auditDayKey } from "./board.ts";
import { dayOf, entryOps } from "./entry.ts";

type AccountEvent = AccountCreated | RoleGranted | RoleRevoked | PasswordChanged;

/** Where an account's events are shown (`audit-account:<username>`): every scope it ever held a role in. */
interface AccountScopes {
  scopes: string[];
}

const accountScopes: ProjectionMemory<AccountScopes, AccountEvent> = {
  kind: "audit-account",
  keyFor: (event) => event.data.username,
  initial: () => ({ scopes: [] }),
  remember: (memory, event) => {
    const grants =
      event.type === "AccountCreated"
        ? event.data.grants
        : event.type === "RoleGranted" || event.type === "RoleRevoked"
          ? [event.data.grant]
          : [];
    const added = [...new Set(grants.map(accountsKeyOf))].filter((scope) => !memory.scopes.includes(scope));
    return added.length > 0 ? [{ op: "set", path: ["scopes"], value: [...memory.scopes, ...added] }] : [];
  },
};

/**
 * Accounts' events, on every community (or street) the account holds or held a role in: a revocation and
 * a password reset stay visible where the role was. A community's accounts change a few times a day, so
 * one board per scope and day is enough.
 */
export const auditAccountsProjection: BoardProjection<AuditDay, AccountEvent, AccountScopes> = {
  kind: AUDIT_ACCOUNTS_BOARD,
  handles: ["AccountCreated", "RoleGranted", "RoleRevoked", "PasswordChanged"],
  memory: accountScopes,
  keysFor: (event, account) => (account?.scopes ?? []).map((scope) => auditDayKey(scope, dayOf(event))),
  initial: () => ({ entries: {} }),
  project: (_day, event) => entryOps(event),
};
