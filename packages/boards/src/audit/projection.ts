import { accountEvents, type CobuildEvent, cobuildEvents } from "@cobuild/domain";
import { streetAccountsKey } from "../accounts/board.ts";
import type { BoardProjection, ProjectedEvent, ProjectionMemory } from "../projection.ts";
import { AUDIT_BOARD, AUDIT_PAGE, type AuditDay, auditDayKey, auditPageKey } from "./board.ts";
import { dayOf, entryOps, textField } from "./entry.ts";

const accountTypes: ReadonlySet<string> = new Set(accountEvents.types);

/** Where an event of a community or a street is shown; account events have their own projection. */
const scopeOf = (event: ProjectedEvent): string | undefined => {
  const data = event.data as Record<string, unknown>;
  const communityId = textField(data, "communityId");
  if (communityId) return communityId;
  const streetId = textField(data, "streetId");
  return streetId ? streetAccountsKey(streetId) : undefined;
};

/** How many entries a scope's day holds so far (`audit-count:<scope>/<day>`): which page the next goes on. */
interface DayCount {
  count: number;
}

const dayCount: ProjectionMemory<DayCount, CobuildEvent> = {
  kind: "audit-count",
  keyFor: (event) => {
    const scope = scopeOf(event);
    return scope ? auditDayKey(scope, dayOf(event)) : undefined;
  },
  initial: () => ({ count: 0 }),
  remember: (memory) => [{ op: "set", path: ["count"], value: memory.count + 1 }],
};

/** One small `set` per event, on the day's last page: a board never grows past AUDIT_PAGE entries. */
export const auditProjection: BoardProjection<AuditDay, CobuildEvent, DayCount> = {
  kind: AUDIT_BOARD,
  handles: cobuildEvents.types.filter((type) => !accountTypes.has(type)),
  memory: dayCount,
  keysFor: (event, counted) => {
    const scope = scopeOf(event);
    if (!scope || !counted) return [];
    return [auditPageKey(scope, dayOf(event), Math.floor((counted.count - 1) / AUDIT_PAGE))];
  },
  initial: () => ({ entries: {} }),
  project: (_page, event) => entryOps(event),
};
