import type { UnitLedger } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { decisionsToDo, evaluationsNewestFirst, isLate } from "./ledger-figures.ts";

/** Decisions of the joint meeting assigned to the unit (议定事项), late ones marked. */
export function DecisionsSection({ ledger, today }: { ledger: UnitLedger; today: string }) {
  const { t } = useI18n();
  const decisions = decisionsToDo(ledger);
  return (
    <section className="unit-card" aria-labelledby="unit-decisions">
      <h2 id="unit-decisions">{t("unit.decisions.title")}</h2>
      {decisions.length === 0 ? (
        <p className="muted">{t("unit.decisions.empty")}</p>
      ) : (
        <ul className="unit-list">
          {decisions.map((d) => {
            const late = isLate(d, today);
            return (
              <li key={d.decisionId} className={`unit-item${late ? " unit-item-late" : ""}`}>
                <p className="unit-item-title">{d.text}</p>
                <div className="unit-item-meta">
                  {d.doneOn ? (
                    <span className="chip chip-done">{t("unit.decision.done", { date: d.doneOn })}</span>
                  ) : (
                    <span className={`chip ${late ? "unit-late" : "chip-draft"}`}>
                      {t(late ? "unit.decision.late" : "unit.decision.open")}
                    </span>
                  )}
                  <span>{t("unit.decision.deadline", { date: d.deadline })}</span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The yearly evaluations (年度评议) by the street, the community and residents. */
export function EvaluationsSection({ ledger }: { ledger: UnitLedger }) {
  const { t, tOr, formatNumber } = useI18n();
  const evaluations = evaluationsNewestFirst(ledger);
  return (
    <section className="unit-card" aria-labelledby="unit-evaluations">
      <h2 id="unit-evaluations">{t("unit.evaluations.title")}</h2>
      {evaluations.length === 0 ? (
        <p className="muted">{t("unit.evaluations.empty")}</p>
      ) : (
        <ul className="unit-list">
          {evaluations.map((e) => (
            <li key={e.year} className="unit-item">
              <div className="unit-item-main">
                <span className="unit-item-title">{t("unit.evaluation.year", { year: e.year })}</span>
                <span className={`chip unit-grade-${e.result}`}>
                  {tOr(`unit.grade.${e.result}`, e.result)}
                </span>
              </div>
              <div className="unit-item-meta">
                <span>{t("unit.evaluation.total", { total: formatNumber(e.total) })}</span>
                <span>
                  {t("unit.evaluation.scores", {
                    street: e.scores.street,
                    community: e.scores.community,
                    residents: e.scores.residents,
                  })}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
