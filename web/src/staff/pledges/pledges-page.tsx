import {
  type BoardPledge,
  boardIdOf,
  PLEDGES_BOARD,
  type PledgesBoard,
  type PledgeTally,
} from "@cobuild/boards";
import { type ReactNode, useMemo, useState } from "react";
import { localToday } from "../../boards/agreements.ts";
import { useBoard } from "../../boards/use-board.ts";
import { BoardMessage } from "../../components/board-message.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { type StaffContext, StaffFrame } from "../shared/staff-frame.tsx";
import { MakePledgeForm } from "./make-pledge-form.tsx";
import { PledgeActions } from "./pledge-actions.tsx";
import { PledgeOutcome } from "./pledge-outcome.tsx";
import { byUrgency, fulfilmentRate, isOverdue } from "./rates.ts";
import "./pledges.css";

type Filter = "all" | BoardPledge["status"];
const FILTERS: readonly Filter[] = ["all", "open", "fulfilment_pending", "struck_off", "withdrawn"];

/** 承诺践诺: the community's pledges, where each stands, and the year's fulfilment rates. */
export function PledgesPage() {
  return (
    <StaffFrame title="staff.pledges.title" intro="staff.pledges.intro">
      {(context) => <Pledges {...context} />}
    </StaffFrame>
  );
}

function Pledges({ communityId }: StaffContext) {
  const { t } = useI18n();
  const view = useBoard<PledgesBoard>(boardIdOf(PLEDGES_BOARD, communityId));
  const [making, setMaking] = useState(false);
  const [filter, setFilter] = useState<Filter>("all");
  const today = localToday();
  const data = view.board?.data;
  const pledges = useMemo(
    () => Object.values(data?.pledges ?? {}).sort(byUrgency(today)),
    [data?.pledges, today],
  );
  // A community that has no pledge yet has no board: that is an empty list, not an error.
  if (!data && !view.missing) {
    return (
      <BoardMessage
        view={view}
        loading={t("staff.common.loading")}
        notFound={t("staff.pledges.none")}
        notAllowed={t("staff.frame.notAllowed")}
      />
    );
  }
  const shown = pledges.filter((p) => filter === "all" || p.status === filter);

  return (
    <>
      <Rates board={data} year={today.slice(0, 4)} pledges={pledges} />
      <div className="staff-toolbar">
        <label className="staff-search">
          <span>{t("staff.pledges.filter")} </span>
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {f === "all" ? t("staff.pledges.filter.all") : t(`staff.pledges.status.${f}`)}
              </option>
            ))}
          </select>
        </label>
        {making ? null : (
          <button type="button" className="button button-primary" onClick={() => setMaking(true)}>
            {t("staff.pledges.make")}
          </button>
        )}
      </div>
      {making ? <MakePledgeForm communityId={communityId} onClose={() => setMaking(false)} /> : null}
      {pledges.length === 0 ? <p className="staff-empty">{t("staff.pledges.none")}</p> : null}
      <ul className="staff-cards" aria-label={t("staff.pledges.list")}>
        {shown.map((pledge) => (
          <PledgeCard key={pledge.pledgeId} pledge={pledge} today={today} />
        ))}
      </ul>
    </>
  );
}

function PledgeCard({ pledge, today }: { pledge: BoardPledge; today: string }) {
  const { t } = useI18n();
  const overdue = isOverdue(pledge, today);
  const who = pledge.pledgerName ?? t(`staff.pledges.kind.${pledge.pledger.kind}`);
  return (
    <li className="staff-card pledge-card">
      <div className="staff-card-head">
        <h3>{who}</h3>
        <span className={`chip pledge-status-${pledge.status}`}>
          {t(`staff.pledges.status.${pledge.status}`)}
        </span>
        {overdue ? <span className="chip pledge-overdue">{t("staff.pledges.overdue")}</span> : null}
      </div>
      <p className="pledge-content">{pledge.content}</p>
      <p className="muted">
        {t(`staff.pledges.kind.${pledge.pledger.kind}`)} · {t(`staff.pledges.category.${pledge.category}`)} ·{" "}
        {t(`staff.pledges.madeTo.${pledge.madeTo}`)} · {t("staff.pledges.due", { date: pledge.dueOn })}
      </p>
      {pledge.unitName ? <p className="muted">{t("staff.pledges.unit", { unit: pledge.unitName })}</p> : null}
      <PledgeOutcome pledge={pledge} />
      <PledgeActions pledge={pledge} />
    </li>
  );
}

/** The year's rates: the community's, per kind of pledger, per unit and per member. */
function Rates({
  board,
  year,
  pledges,
}: {
  board: PledgesBoard | undefined;
  year: string;
  pledges: readonly BoardPledge[];
}) {
  const { t, formatNumber } = useI18n();
  const [chosen, setChosen] = useState(year);
  const years = Object.keys(board?.years ?? {})
    .sort()
    .reverse();
  const entry = board?.years[chosen];
  const percent = (tally: PledgeTally) => {
    const rate = fulfilmentRate(tally);
    return rate === null ? t("staff.pledges.noRate") : `${formatNumber(rate)}%`;
  };
  const row = (tally: PledgeTally) =>
    t("staff.pledges.rateRow", {
      made: formatNumber(tally.made),
      struckOff: formatNumber(tally.struckOff),
      rate: percent(tally),
    });
  const total = entry?.total ?? { made: 0, struckOff: 0 };
  // Names for the per-member and per-unit rows, from the pledges listed.
  const names = new Map<string, string>();
  const units = new Map<string, string>();
  for (const p of pledges) {
    if (p.pledger.kind !== "member") continue;
    if (p.pledgerName) names.set(p.pledger.personId, p.pledgerName);
    if (p.pledger.unitId) units.set(p.pledger.unitId, p.unitName ?? p.pledger.unitId);
  }

  return (
    <section className="staff-panel pledge-rates" aria-label={t("staff.pledges.rate")}>
      <div className="staff-toolbar">
        <strong>
          {t("staff.pledges.rateSummary", {
            year: chosen,
            made: formatNumber(total.made),
            struckOff: formatNumber(total.struckOff),
            rate: percent(total),
          })}
        </strong>
        {years.length > 1 ? (
          <label>
            <span className="staff-visually-hidden">{t("staff.pledges.year")}</span>
            <select value={chosen} onChange={(e) => setChosen(e.target.value)}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {entry ? (
        <div className="pledge-rate-groups">
          <RateGroup title={t("staff.pledges.byKind")}>
            {Object.entries(entry.byKind).map(([kind, tally]) => (
              <RateRow key={kind} label={t(`staff.pledges.kind.${kind as "member"}`)} value={row(tally)} />
            ))}
          </RateGroup>
          <RateGroup title={t("staff.pledges.byUnit")}>
            {Object.entries(entry.byUnit).map(([unitId, tally]) => (
              <RateRow key={unitId} label={units.get(unitId) ?? unitId} value={row(tally)} />
            ))}
          </RateGroup>
          <RateGroup title={t("staff.pledges.byMember")}>
            {Object.entries(entry.byMember).map(([personId, tally]) => (
              <RateRow key={personId} label={names.get(personId) ?? personId} value={row(tally)} />
            ))}
          </RateGroup>
        </div>
      ) : null}
    </section>
  );
}

function RateGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="pledge-rate-group">
      <summary>{title}</summary>
      <dl className="staff-facts">{children}</dl>
    </details>
  );
}

function RateRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
