import { useMemo, useState } from "react";
import { useParams } from "react-router";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { RequireLogin } from "../session/require-login.tsx";
import type { User } from "../session/session.tsx";
import { useLabels } from "./labels.ts";
import { ResidentDetail } from "./resident-detail.tsx";
import { ApprovalChip } from "./resident-picker.tsx";
import { RegisterResidentForm } from "./resident-register.tsx";
import { managesCommunity } from "./roles.ts";
import { nameMatches, type ResidentSummary, useResidents } from "./use-residents.ts";

type Filter = "all" | "approved" | "notApproved";
const filters: readonly Filter[] = ["all", "approved", "notApproved"];
/** Enough rows to scan; a name typed narrows the rest down. */
const SHOWN = 60;

/** Residents in need (困难居民): register, approve, revoke. Personal data, for community staff only. */
export function ResidentsPage() {
  return <RequireLogin>{(user) => <Residents user={user} />}</RequireLogin>;
}

function Residents({ user }: { user: User }) {
  const { communityId = "" } = useParams();
  const { t } = useI18n();
  const staff = managesCommunity(user, communityId);
  return (
    <Shell title={t("supermarket.title")}>
      <div className="section-head supermarket-head">
        <div>
          <h1>{t("supermarket.residents.heading")}</h1>
          <p className="muted">{t("supermarket.residents.intro")}</p>
        </div>
      </div>
      {staff ? (
        <ResidentsWork communityId={communityId} />
      ) : (
        <p className="status-line">{t("supermarket.residents.staffOnly")}</p>
      )}
    </Shell>
  );
}

function ResidentsWork({ communityId }: { communityId: string }) {
  const { t, formatNumber } = useI18n();
  const labels = useLabels();
  const residents = useResidents(communityId);
  const [query, setQuery] = useState("");
  const [filter, setFilter] = useState<Filter>("all");
  const [open, setOpen] = useState<string>();
  const all = residents.residents ?? [];
  const approved = all.filter((r) => r.approved).length;
  const shown = useMemo(() => filtered(all, query, filter), [all, query, filter]);

  return (
    <div className="supermarket-setup-grid">
      <section className="supermarket-panel" aria-labelledby="supermarket-residents-heading">
        <h2 id="supermarket-residents-heading">{t("supermarket.residents.list")}</h2>
        <p className="muted" role="status">
          {residents.problem
            ? t("supermarket.residents.loadFailed")
            : residents.residents
              ? t("supermarket.residents.counts", {
                  total: formatNumber(all.length),
                  approved: formatNumber(approved),
                })
              : t("supermarket.handout.loadingResidents")}
        </p>
        <div className="supermarket-filters">
          <div className="field">
            <label htmlFor="residents-search">{t("supermarket.residents.search")}</label>
            <input
              id="residents-search"
              type="search"
              autoComplete="off"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="residents-filter">{t("supermarket.residents.filter")}</label>
            <select
              id="residents-filter"
              value={filter}
              onChange={(e) => setFilter(e.target.value as Filter)}
            >
              {filters.map((f) => (
                <option key={f} value={f}>
                  {t(`supermarket.residents.filter.${f}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {shown.length === 0 ? (
          <p className="muted">{t("supermarket.residents.none")}</p>
        ) : (
          <>
            <div className="supermarket-table-wrap">
              <table className="supermarket-table">
                <thead>
                  <tr>
                    <th scope="col">{t("supermarket.residents.name")}</th>
                    <th scope="col">{t("supermarket.residents.category")}</th>
                    <th scope="col" className="num">
                      {t("supermarket.residents.householdSize")}
                    </th>
                    <th scope="col">{t("supermarket.residents.approval")}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.slice(0, SHOWN).map((r) => (
                    <tr key={r.residentId} aria-current={r.residentId === open ? "true" : undefined}>
                      <th scope="row">
                        <button
                          type="button"
                          className="link-button supermarket-name-button"
                          aria-label={t("supermarket.residents.open", { name: r.name })}
                          onClick={() => setOpen(r.residentId)}
                        >
                          {r.name}
                        </button>
                      </th>
                      <td>{labels.residentCategory(r.category)}</td>
                      <td className="num">{formatNumber(r.householdSize)}</td>
                      <td>
                        <ApprovalChip approved={r.approved} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {shown.length > SHOWN ? (
              <p className="hint">
                {t("supermarket.residents.shown", {
                  shown: formatNumber(SHOWN),
                  total: formatNumber(shown.length),
                })}
              </p>
            ) : null}
          </>
        )}
      </section>
      <div className="supermarket-setup-side">
        {open ? (
          <ResidentDetail residentId={open} onChanged={residents.reload} onClose={() => setOpen(undefined)} />
        ) : null}
        <RegisterResidentForm communityId={communityId} onRegistered={residents.reload} />
      </div>
    </div>
  );
}

const filtered = (all: readonly ResidentSummary[], query: string, filter: Filter): ResidentSummary[] =>
  all.filter(
    (r) => (filter === "all" || (filter === "approved") === r.approved) && nameMatches(r.name, query),
  );
