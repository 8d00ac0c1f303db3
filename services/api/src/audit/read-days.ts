import { AUDIT_BOARD, type AuditDay, type AuditEntry, auditDayKey, type BoardReader } from "@cobuild/boards";
import { addDays, localDate } from "@cobuild/domain";

/** What the audit is narrowed to: dates in the community's time zone, and optionally who, which unit, what. */
export interface AuditFilter {
  from: string;
  to: string;
  actor?: string;
  unitId?: string;
  type?: string;
}

export type AuditRow = AuditEntry & { position: number };

/**
 * The entries of one scope (a community id, or `street.<id>`) within a period, newest first, one day at
 * a time. Boards are kept per UTC day, so the days read reach one past each end of the period and each
 * entry is then judged by its local date: a period in any time zone is exact.
 */
export async function* auditRows(
  boards: BoardReader,
  scope: string,
  filter: AuditFilter,
  timeZone: string,
): AsyncGenerator<AuditRow> {
  for (let day = addDays(filter.to, 1); day >= addDays(filter.from, -1); day = addDays(day, -1)) {
    const board = await boards.getBoard(`${AUDIT_BOARD}:${auditDayKey(scope, day)}`);
    const entries = (board?.data as AuditDay | undefined)?.entries ?? {};
    const positions = Object.keys(entries).reverse();
    for (const key of positions) {
      const entry = entries[key] as AuditEntry;
      const date = localDate(new Date(entry.at), timeZone);
      if (date < filter.from || date > filter.to) continue;
      if (filter.actor !== undefined && entry.actor !== filter.actor) continue;
      if (filter.unitId !== undefined && entry.unitId !== filter.unitId) continue;
      if (filter.type !== undefined && entry.type !== filter.type) continue;
      yield { position: Number(key), ...entry };
    }
  }
}
