import type { BoardCommitment, LedgerContribution, UnitLedger } from "@cobuild/boards";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { CorrectContributionForm } from "./correct-contribution.tsx";
import { contributionsNewestFirst } from "./ledger-figures.ts";

/** How many contributions show before "show all": enough for a season on one phone screen or two. */
const FIRST_SHOWN = 12;

/** Every contribution, newest first, with where it stands with the community and a way to correct it. */
export function ContributionsSection({ ledger }: { ledger: UnitLedger }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const contributions = contributionsNewestFirst(ledger);
  const shown = all ? contributions : contributions.slice(0, FIRST_SHOWN);
  return (
    <section className="unit-card" aria-labelledby="unit-contributions">
      <h2 id="unit-contributions">{t("unit.contributions.title")}</h2>
      {contributions.length === 0 ? (
        <p className="muted">{t("unit.contributions.empty")}</p>
      ) : (
        <ul className="unit-list">
          {shown.map((c) => (
            <ContributionItem
              key={c.contributionId}
              contribution={c}
              commitment={ledger.agreements[c.agreementId]?.commitments[c.commitmentId]}
            />
          ))}
        </ul>
      )}
      {shown.length < contributions.length ? (
        <button type="button" className="button unit-more" onClick={() => setAll(true)}>
          {t("unit.contributions.showAll", { n: contributions.length })}
        </button>
      ) : null}
    </section>
  );
}

function ContributionItem(props: { contribution: LedgerContribution; commitment?: BoardCommitment }) {
  const { contribution: c, commitment } = props;
  const { t, formatNumber } = useI18n();
  const [correcting, setCorrecting] = useState(false);
  const [corrected, setCorrected] = useState(false);
  const what = commitment?.description ?? c.commitmentId;
  return (
    <li className={`unit-item unit-item-${c.verification}`}>
      <div className="unit-item-main">
        <span className="unit-item-title">{what}</span>
        <span className="unit-qty">
          +{formatNumber(c.quantity)} {commitment?.unitOfMeasure ?? ""}
        </span>
      </div>
      <div className="unit-item-meta">
        <span className={`chip unit-verification-${c.verification}`}>
          {t(`unit.verification.${c.verification}`)}
        </span>
        <span>{c.date}</span>
        {c.participants > 0 ? <span>{t("unit.contribution.people", { n: c.participants })}</span> : null}
        {c.corrections > 0 ? <span>{t("unit.contribution.corrected", { n: c.corrections })}</span> : null}
        {correcting ? null : (
          <button
            type="button"
            className={`button unit-correct${c.verification === "disputed" ? " button-primary" : ""}`}
            aria-label={t("unit.contribution.correctLabel", { what, date: c.date })}
            onClick={() => {
              setCorrected(false);
              setCorrecting(true);
            }}
          >
            {t("unit.contribution.correct")}
          </button>
        )}
      </div>
      {c.note ? <p className="unit-item-note">{c.note}</p> : null}
      {c.reason ? (
        <p className={c.verification === "disputed" ? "unit-reason unit-reason-disputed" : "unit-reason"}>
          {t("unit.contribution.reason", { reason: c.reason })}
        </p>
      ) : null}
      {corrected && !correcting ? (
        <p className="unit-ok" role="status">
          {t("unit.correct.saved")}
        </p>
      ) : null}
      {correcting ? (
        <CorrectContributionForm
          contribution={c}
          unitOfMeasure={commitment?.unitOfMeasure}
          onDone={(saved) => {
            setCorrecting(false);
            setCorrected(saved);
          }}
        />
      ) : null}
    </li>
  );
}
