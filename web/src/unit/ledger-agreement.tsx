import type { BoardAgreement } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { CommitmentProgress } from "./commitment-progress.tsx";

/** The running agreement: each commitment with its progress, struck-off ones marked as such (销号). */
export function AgreementSection({ agreement }: { agreement: BoardAgreement | undefined }) {
  const { t, tOr } = useI18n();
  return (
    <section className="unit-card" aria-labelledby="unit-agreement">
      <h2 id="unit-agreement">{t("unit.agreement.title")}</h2>
      {agreement ? (
        <>
          <div className="unit-agreement-head">
            <h3>{agreement.title}</h3>
            <span className={`chip unit-status-${agreement.status}`}>
              {t(`unit.agreement.status.${agreement.status}`)}
            </span>
          </div>
          <p className="muted unit-small">
            {t("unit.agreement.term", { start: agreement.termStart, end: agreement.termEnd })}
          </p>
          <ul className="unit-commitments">
            {Object.values(agreement.commitments).map((c) => (
              <li key={c.commitmentId} className={c.fulfilledOn ? "unit-struck" : undefined}>
                <div className="unit-commitment-line">
                  <span className="category">{tOr(`category.${c.category}`, c.category)}</span>
                  <span className="unit-commitment-text">{c.description}</span>
                  {c.fulfilledOn ? (
                    <span className="chip chip-done">
                      {t("unit.commitment.fulfilled", { date: c.fulfilledOn })}
                    </span>
                  ) : null}
                </div>
                <CommitmentProgress commitment={c} />
              </li>
            ))}
          </ul>
          <ul className="unit-legend">
            <li>
              <span className="unit-swatch unit-bar-verified" aria-hidden="true" />
              {t("unit.verification.verified")}
            </li>
            <li>
              <span className="unit-swatch unit-bar-logged" aria-hidden="true" />
              {t("unit.legend.logged")}
            </li>
          </ul>
        </>
      ) : (
        <p className="muted">{t("unit.agreement.none")}</p>
      )}
    </section>
  );
}
