import type { UnitLedger } from "@cobuild/boards";
import { Link } from "react-router";
import { localToday } from "../boards/agreements.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";
import { AgreementSection } from "./ledger-agreement.tsx";
import { ContributionsSection } from "./ledger-contributions.tsx";
import { DecisionsSection, EvaluationsSection } from "./ledger-decisions.tsx";
import { runningAgreement } from "./ledger-figures.ts";
import { LedgerGate } from "./ledger-gate.tsx";
import { AttendanceSection, DonationsSection } from "./ledger-records.tsx";

/** 本单位台账: what the unit promised, did, gave and attended, with its two everyday actions on top. */
export function UnitLedgerPage() {
  return <LedgerGate>{(ledger) => <LedgerView ledger={ledger} />}</LedgerGate>;
}

function LedgerView({ ledger }: { ledger: UnitLedger }) {
  const { t, tOr } = useI18n();
  const today = localToday();
  const agreement = runningAgreement(ledger, today);
  return (
    <div className="unit-page">
      <header className="unit-header">
        <p className="unit-eyebrow">{t("unit.ledger.title")}</p>
        <h1>{ledger.name}</h1>
        <p className="muted unit-facts">
          <span>{tOr(`kind.${ledger.kind}`, ledger.kind)}</span>
          {ledger.partyOrganisation ? <span>{ledger.partyOrganisation}</span> : null}
          <span>{t("unit.inService", { n: ledger.inServiceMembers })}</span>
        </p>
      </header>
      <nav className="unit-actions" aria-label={t("unit.ledger.title")}>
        <Link className="button button-primary unit-action" to={paths.logContribution(ledger.unitId)}>
          <span aria-hidden="true" className="unit-action-icon">
            ＋
          </span>
          {t("unit.action.log")}
        </Link>
        <Link className="button unit-action" to={paths.recordDonation(ledger.unitId)}>
          <span aria-hidden="true" className="unit-action-icon">
            ♥
          </span>
          {t("unit.action.donate")}
        </Link>
      </nav>
      <div className="unit-columns">
        <div className="unit-column">
          <AgreementSection agreement={agreement} />
          <ContributionsSection ledger={ledger} />
        </div>
        <div className="unit-column">
          <DecisionsSection ledger={ledger} today={today} />
          <DonationsSection ledger={ledger} />
          <AttendanceSection ledger={ledger} />
          <EvaluationsSection ledger={ledger} />
        </div>
      </div>
    </div>
  );
}
