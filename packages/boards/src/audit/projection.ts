import { type CobuildEvent, cobuildEvents, type Grant } from "@cobuild/domain";
import { accountsKeyOf, streetAccountsKey } from "../accounts/board.ts";
import type { BoardProjection, ProjectedEvent, ProjectionMemory } from "../projection.ts";
import type { BoardOp } from "../protocol/ops.ts";
import { AUDIT_BOARD, type AuditDay, type AuditEntry, auditDayKey } from "./board.ts";

/** The scopes an account's events are shown under (`audit-account:<username>`): where its roles are held. */
interface AccountScopes {
  scopes: string[];
}

type Fields = Record<string, unknown>;
const text = (data: Fields, field: string): string | undefined =>
  typeof data[field] === "string" ? (data[field] as string) : undefined;

const grantsIn = (event: ProjectedEvent): Grant[] => {
  if (event.type === "AccountCreated") return event.data.grants;
  if (event.type === "RoleGranted" || event.type === "RoleRevoked") return [event.data.grant];
  return [];
};

const isAccountEvent = (event: ProjectedEvent): boolean => event.streamId.startsWith("account-");

const accountScopes: ProjectionMemory<AccountScopes, CobuildEvent> = {
  kind: "audit-account",
  keyFor: (event) => (isAccountEvent(event) ? event.streamId : undefined),
  initial: () => ({ scopes: [] }),
  remember: (memory, event) => {
    const added = grantsIn(event)
      .map(accountsKeyOf)
      .filter((scope) => !memory.scopes.includes(scope));
    return added.length > 0 ? [{ op: "set", path: ["scopes"], value: [...memory.scopes, ...added] }] : [];
  },
};

/**
 * Where an event is shown: its community; or, for an account, everywhere it holds or held a role (a
 * revoked role's community still sees the revocation and what came before it); or its street.
 */
const scopesOf = (event: ProjectedEvent, account: AccountScopes | undefined): string[] => {
  if (isAccountEvent(event)) return account?.scopes ?? [];
  const data = event.data as Fields;
  const communityId = text(data, "communityId");
  if (communityId) return [communityId];
  const streetId = text(data, "streetId");
  return streetId ? [streetAccountsKey(streetId)] : [];
};

const unitOf = (data: Fields): string | undefined => {
  const donor = data.donor as Fields | undefined;
  return text(data, "unitId") ?? (donor ? text(donor, "unitId") : undefined);
};

/** One small `set` per event and scope: a day's board grows by an entry, never rewritten from the log. */
export const auditProjection: BoardProjection<AuditDay, CobuildEvent, AccountScopes> = {
  kind: AUDIT_BOARD,
  handles: cobuildEvents.types,
  memory: accountScopes,
  keysFor: (event, account) => {
    const day = event.occurredAt.slice(0, 10);
    return scopesOf(event, account).map((scope) => auditDayKey(scope, day));
  },
  initial: () => ({ entries: {} }),
  project: (_day, event): BoardOp[] => {
    const entry: AuditEntry = {
      at: event.occurredAt,
      actor: event.actor ?? "unknown",
      type: event.type,
      stream: event.streamId,
    };
    const unitId = unitOf(event.data as Fields);
    if (unitId) entry.unitId = unitId;
    return [{ op: "set", path: ["entries", String(event.position)], value: entry }];
  },
};
