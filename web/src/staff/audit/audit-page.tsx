import { ACCOUNTS_BOARD, type AccountsBoard, boardIdOf, streetAccountsKey } from "@cobuild/boards";
import { eventLabels } from "@cobuild/domain";
import { useEffect, useMemo, useState } from "react";
import { getJson } from "../../api.ts";
import { localToday } from "../../boards/agreements.ts";
import { useBoard } from "../../boards/use-board.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";
import { communityTime } from "../../today.ts";
import { useBoardSet } from "../shared/board-set.tsx";
import { type StaffContext, StaffFrame } from "../shared/staff-frame.tsx";
import { type AuditFilters, actorName, auditUrl, lastWeek } from "./audit-query.ts";
import "../accounts/accounts.css";
import { isStreetAdminOf } from "../shared/staff-access.ts";

interface Entry {
  position: number;
  at: string;
  actor: string;
  type: string;
  stream: string;
  unitId?: string;
}
interface AuditPage {
  entries: Entry[];
  truncated: boolean;
}
type Loaded = { status: "loading" } | { status: "failed"; message: string } | ({ status: "ok" } & AuditPage);

const kinds = Object.keys(eventLabels) as (keyof typeof eventLabels)[];

/** 操作记录: who did what and when in the community, filtered by period, person, unit and kind, exportable. */
export function AuditPage() {
  return (
    <StaffFrame title="staff.audit.title" intro="staff.audit.intro">
      {(context) => <Audit {...context} />}
    </StaffFrame>
  );
}

function Audit({ communityId, board, user }: StaffContext) {
  const { t, lang, formatNumber } = useI18n();
  const [filters, setFilters] = useState<AuditFilters>(() => lastWeek(localToday()));
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const streetAdmin = isStreetAdminOf(user.grants, board.streetId);
  const accounts = useBoard<AccountsBoard>(boardIdOf(ACCOUNTS_BOARD, communityId)).board?.data.accounts;
  // The street's admins act here too; only they may read the street's list of names.
  const streetBoardIds = useMemo(
    () => (streetAdmin ? [boardIdOf(ACCOUNTS_BOARD, streetAccountsKey(board.streetId))] : []),
    [streetAdmin, board.streetId],
  );
  const streetBoards = useBoardSet<AccountsBoard>(streetBoardIds);
  const street = streetBoardIds[0] ? streetBoards.boards[streetBoardIds[0]]?.accounts : undefined;
  const names = useMemo(() => ({ ...street, ...accounts }), [street, accounts]);
  const url = auditUrl(communityId, filters);

  useEffect(() => {
    let live = true;
    setLoaded({ status: "loading" });
    void getJson<AuditPage>(url).then((result) => {
      if (!live) return;
      setLoaded(
        result.ok
          ? { status: "ok", ...result.data }
          : { status: "failed", message: result.problem.detail ?? "" },
      );
    });
    return () => {
      live = false;
    };
  }, [url]);

  const set = (key: keyof AuditFilters) => (value: string) =>
    setFilters((current) => ({ ...current, [key]: value }));
  const people = Object.entries(names).sort(([, a], [, b]) =>
    a.displayName.localeCompare(b.displayName, "zh-CN"),
  );
  const units = Object.values(board.units).sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  const label = (type: string) =>
    eventLabels[type as keyof typeof eventLabels]?.[lang === "en" ? "en" : "zh"] ?? type;

  return (
    <>
      {streetBoards.watchers}
      <form className="staff-panel audit-filters" onSubmit={(e) => e.preventDefault()}>
        <Field id="audit-from" label={t("staff.audit.from")}>
          <input
            id="audit-from"
            type="date"
            value={filters.from}
            max={filters.to}
            onChange={(e) => set("from")(e.target.value)}
          />
        </Field>
        <Field id="audit-to" label={t("staff.audit.to")}>
          <input
            id="audit-to"
            type="date"
            value={filters.to}
            min={filters.from}
            onChange={(e) => set("to")(e.target.value)}
          />
        </Field>
        <Field id="audit-actor" label={t("staff.audit.actor")}>
          <select id="audit-actor" value={filters.actor} onChange={(e) => set("actor")(e.target.value)}>
            <option value="">{t("staff.audit.any")}</option>
            {people.map(([username, account]) => (
              <option key={username} value={username}>
                {account.displayName}（{username}）
              </option>
            ))}
          </select>
        </Field>
        <Field id="audit-unit" label={t("staff.audit.unit")}>
          <select id="audit-unit" value={filters.unitId} onChange={(e) => set("unitId")(e.target.value)}>
            <option value="">{t("staff.audit.any")}</option>
            {units.map((unit) => (
              <option key={unit.unitId} value={unit.unitId}>
                {unit.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="audit-type" label={t("staff.audit.type")}>
          <select id="audit-type" value={filters.type} onChange={(e) => set("type")(e.target.value)}>
            <option value="">{t("staff.audit.any")}</option>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {label(kind)}
              </option>
            ))}
          </select>
        </Field>
        <a className="button" href={auditUrl(communityId, filters, "csv")} download>
          {t("staff.audit.export")}
        </a>
      </form>
      {loaded.status === "loading" ? (
        <p className="status-line" role="status">
          {t("staff.audit.loading")}
        </p>
      ) : null}
      {loaded.status === "failed" ? (
        <p className="form-error" role="alert">
          {t("staff.audit.failed", { message: loaded.message })}
        </p>
      ) : null}
      {loaded.status === "ok" ? (
        <>
          <p className="muted" role="status">
            {loaded.truncated
              ? t("staff.audit.truncated", { count: formatNumber(loaded.entries.length) })
              : t("staff.audit.count", { count: formatNumber(loaded.entries.length) })}
          </p>
          {loaded.entries.length === 0 ? <p className="staff-empty">{t("staff.audit.none")}</p> : null}
          <ol className="audit-list" aria-label={t("staff.audit.list")}>
            {loaded.entries.map((entry) => (
              <li key={entry.position} className="audit-entry">
                <time dateTime={entry.at}>{communityTime(entry.at)}</time>
                <div className="audit-what">
                  <strong>{actorName(entry.actor, names, t("staff.audit.system"))}</strong>{" "}
                  {label(entry.type)}
                  {entry.unitId ? ` · ${board.units[entry.unitId]?.name ?? entry.unitId}` : ""}
                  <div className="muted">{entry.stream}</div>
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}
