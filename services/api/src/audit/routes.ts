import { once } from "node:events";
import { type BoardReader, streetAccountsKey } from "@cobuild/boards";
import { addDays, cobuildEvents, daysBetween, Id, LocalDate, type ScopeRef, Username } from "@cobuild/domain";
import type { Response } from "express";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { type ApiRoute, route } from "../http/route.ts";
import { AUDIT_CSV_HEADER, auditCsvLine } from "./csv.ts";
import { type AuditFilter, type AuditRow, auditRows } from "./read-days.ts";

/** A page shows a quarter at most; an export a year, streamed a day at a time. */
const PAGE_DAYS = 92;
const EXPORT_DAYS = 366;
/** Rows a page answers with; the rest is one narrower filter (or the export) away. */
const PAGE_ROWS = 500;

const AuditQuery = z
  .strictObject({
    from: LocalDate.optional(),
    to: LocalDate.optional(),
    actor: Username.optional(),
    unitId: Id.optional(),
    type: z.enum(cobuildEvents.types as [string, ...string[]]).optional(),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .refine(({ from, to }) => from === undefined || to === undefined || from <= to, {
    path: ["to"],
    error: "The period must not end before it starts",
    params: { code: "to_before_from" },
  })
  .refine(
    ({ from, to, format }) =>
      from === undefined ||
      to === undefined ||
      daysBetween(from, to) < (format === "csv" ? EXPORT_DAYS : PAGE_DAYS),
    {
      path: ["from"],
      error: `A page covers ${PAGE_DAYS} days at most, an export ${EXPORT_DAYS}`,
      params: { code: "period_too_long" },
    },
  );
type AuditQuery = z.output<typeof AuditQuery>;

/** The period asked for: the last seven days unless told otherwise. */
const periodOf = (query: AuditQuery, today: string): AuditFilter => {
  const to = query.to ?? (query.from ? addDays(query.from, 6) : today);
  const from = query.from ?? addDays(to, -6);
  return { from, to, actor: query.actor, unitId: query.unitId, type: query.type };
};

/** Writes rows as they are read, waiting whenever the client is slower than the boards. */
const streamCsv = async (res: Response, rows: AsyncIterable<AuditRow>, timeZone: string, name: string) => {
  res.setHeader("Content-Type", "text/csv; charset=utf-8");
  res.setHeader("Content-Disposition", `attachment; filename="${name}.csv"`);
  // The byte-order mark makes Excel read the file as UTF-8, so the Chinese stays Chinese.
  res.write(`\uFEFF${AUDIT_CSV_HEADER}`);
  for await (const row of rows) {
    if (!res.write(auditCsvLine(row, timeZone))) await once(res, "drain");
  }
  res.end();
};

export interface AuditRouteDeps {
  boards: BoardReader;
  access: AccessControl;
  today: () => string;
  timeZone: string;
}

/** The audit trail for staff: who did what and when in their community (or street), as a page or a CSV. */
export function auditRoutes({ boards, access, today, timeZone }: AuditRouteDeps): ApiRoute[] {
  const answer = async (res: Response, auditScope: string, query: AuditQuery, name: string) => {
    const filter = periodOf(query, today());
    const rows = auditRows(boards, auditScope, filter, timeZone);
    if (query.format === "csv") return streamCsv(res, rows, timeZone, `${name}-${filter.from}-${filter.to}`);
    const entries: AuditRow[] = [];
    let truncated = false;
    for await (const row of rows) {
      if (entries.length === PAGE_ROWS) {
        truncated = true;
        break;
      }
      entries.push(row);
    }
    res.json({ from: filter.from, to: filter.to, entries, truncated });
  };
  const audit = (path: string, scopeOf: (id: string) => ScopeRef, keyOf: (id: string) => string) =>
    route({
      method: "get",
      path: `/${path}/:id/audit`,
      tag: "Audit",
      summary: `Who did what and when in a ${path === "communities" ? "community" : "street"}, newest first; format=csv exports it`,
      auth: "session",
      params: z.object({ id: Id }),
      query: AuditQuery,
      success: { status: 200, description: "The entries (JSON), or a CSV file" },
      async handle({ params: { id }, query, principal, res }) {
        await access.check(principal, "ReadAudit", scopeOf(id));
        await answer(res, keyOf(id), query, `audit-${id}`);
      },
    });
  return [
    audit(
      "communities",
      (communityId) => ({ communityId }),
      (communityId) => communityId,
    ),
    audit("streets", (streetId) => ({ streetId }), streetAccountsKey),
  ];
}
