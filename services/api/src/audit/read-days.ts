import {
  AUDIT_ACCOUNTS_BOARD,
  AUDIT_BOARD,
  type AuditDay,
  type AuditEntry,
  auditDayKey,
  auditPageKey,
  type BoardReader,
} from "@cobuild/boards";
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

const entriesOf = async (boards: BoardReader, boardId: string) =>
  ((await boards.getBoard(boardId))?.data as AuditDay | undefined)?.entries;

/** One scope's day: its pages (numbered from 0, none missing in between) and its accounts' events. */
async function dayEntries(boards: BoardReader, scope: string, day: string): Promise<Map<number, AuditEntry>> {
  const found = new Map<number, AuditEntry>();
  const add = (entries: Record<string, AuditEntry> | undefined) => {
    for (const [position, entry] of Object.entries(entries ?? {})) found.set(Number(position), entry);
  };
  add(await entriesOf(boards, `${AUDIT_ACCOUNTS_BOARD}:${auditDayKey(scope, day)}`));
  for (let page = 0; ; page++) {
    const entries = await entriesOf(boards, `${AUDIT_BOARD}:${auditPageKey(scope, day, page)}`);
    if (!entries) break;
    add(entries);
  }
  return found;
}

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
    const entries = await dayEntries(boards, scope, day);
    const positions = [...entries.keys()].sort((a, b) => b - a);
    for (const position of positions) {
      const entry = entries.get(position) as AuditEntry;
      const date = localDate(new Date(entry.at), timeZone);
      if (date < filter.from || date > filter.to) continue;
      if (filter.actor !== undefined && entry.actor !== filter.actor) continue;
      if (filter.unitId !== undefined && entry.unitId !== filter.unitId) continue;
      if (filter.type !== undefined && entry.type !== filter.type) continue;
      yield { position, ...entry };
    }
  }
}
