/**
 * Who did what and when, for staff. A scope is a community id, or `street.<streetId>` for what happens
 * street-wide (ids hold neither "." nor "/"). Each scope's UTC day is kept in pages of at most
 * AUDIT_PAGE entries (`audit:<scope>/<YYYY-MM-DD>/<page>`, pages numbered from 0), so a board stays small
 * however busy the day (a seed, an import), and the accounts' events of that day on one board of their own
 * (`audit-accounts:<scope>/<YYYY-MM-DD>`). A period is read as the days it spans. Never served as a live
 * board: the API reads them for the audit page and its export, after checking the reader administers
 * the community or street.
 */
export interface AuditDay {
  /** log position → what happened then; positions are integer keys, so they iterate in log order. */
  entries: Record<string, AuditEntry>;
}

export interface AuditEntry {
  /** When it was recorded (ISO instant). */
  at: string;
  /** Who caused it: a username, or `system:<name>` for the platform itself. */
  actor: string;
  /** The event type, e.g. ContributionLogged. */
  type: string;
  /** The stream it belongs to: what it happened to (agreement-…, team-…, account-…). */
  stream: string;
  /** The resident unit it concerns, when it concerns one. */
  unitId?: string;
}

export const AUDIT_BOARD = "audit";
export const AUDIT_ACCOUNTS_BOARD = "audit-accounts";
/** Entries per page of a day: about 40 KB of JSON. */
export const AUDIT_PAGE = 250;

/** The key of one scope's day: the accounts board's key, and the prefix of its pages. */
export const auditDayKey = (scope: string, day: string): string => `${scope}/${day}`;
export const auditPageKey = (scope: string, day: string, page: number): string =>
  `${auditDayKey(scope, day)}/${page}`;
