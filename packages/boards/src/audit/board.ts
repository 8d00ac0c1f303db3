/**
 * Who did what and when, for staff: one board per community and UTC day (`audit:<communityId>/<YYYY-MM-DD>`),
 * and per street and day for what happens street-wide (`audit:street.<streetId>/<YYYY-MM-DD>`). A day of
 * one community is a few hundred events at most, so a board stays small however long the log grows,
 * and a period is read as the days it spans. Never served as a live board: the API reads it for the
 * audit page and its export, after checking the reader administers the community or street.
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

/** The key of one scope's day; `scope` is a community id or `street.<streetId>` (ids hold neither "." nor "/"). */
export const auditDayKey = (scope: string, day: string): string => `${scope}/${day}`;
