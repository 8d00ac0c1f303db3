import {
  agreementFulfilment,
  type BoardAgreement,
  type BoardCommitment,
  type BoardUnit,
  type CommunityBoard,
  commitmentProgress,
} from "@cobuild/boards";
import { subtractQuantities } from "@cobuild/domain";
import { currentAgreement } from "../boards/agreements.ts";
import { ProgressBar } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { percent } from "./format.ts";
import { useNarrow } from "./use-narrow.ts";

/** Every unit with the agreement it works under and each commitment's verified progress. */
export function UnitAgreements({ community, today }: { community: CommunityBoard; today: string }) {
  const { t } = useI18n();
  const agreements = Object.values(community.agreements);
  const units = Object.values(community.units).sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  return (
    <section aria-labelledby="live-agreements-heading" className="live-section live-agreements">
      <h2 id="live-agreements-heading">{t("live.agreements")}</h2>
      <p className="muted live-hint">{t("live.agreements.hint")}</p>
      <ul className="live-units">
        {units.map((unit) => (
          <UnitCard
            key={unit.unitId}
            unit={unit}
            agreement={currentAgreement(agreements, unit.unitId, today)}
            today={today}
          />
        ))}
      </ul>
    </section>
  );
}

interface UnitCardProps {
  unit: BoardUnit;
  agreement: BoardAgreement | undefined;
  today: string;
}

/** One unit: its agreement's status, fulfilment rate, struck-off count and commitments. */
export function UnitCard({ unit, agreement, today }: UnitCardProps) {
  const { t } = useI18n();
  const narrow = useNarrow();
  const fulfilment = agreement ? agreementFulfilment(agreement) : undefined;
  const headingId = `live-unit-${unit.unitId}`;
  return (
    <li className="live-unit" data-testid={`unit-${unit.unitId}`} aria-labelledby={headingId}>
      <div className="live-unit-head">
        <h3 id={headingId}>{unit.name}</h3>
        {agreement ? (
          <span className={`chip live-status-${agreement.status}`}>
            {t(`live.status.${agreement.status}`)}
          </span>
        ) : null}
      </div>
      {agreement && fulfilment ? (
        <>
          <div className="live-unit-overall">
            <ProgressBar
              value={fulfilment.progress}
              label={t("live.unitRate", { rate: percent(fulfilment.progress) })}
            />
            <span className="live-percent">{percent(fulfilment.progress)}</span>
          </div>
          <p className={fulfilment.struckOff > 0 ? "live-unit-struck" : "live-unit-struck muted"}>
            {t("live.unitStruckOff", { done: fulfilment.struckOff, all: fulfilment.commitments })}
          </p>
          <details className="live-commitments-fold" open={!narrow}>
            <summary>{t("live.commitments", { n: fulfilment.commitments })}</summary>
            <ul className="live-commitments">
              {Object.values(agreement.commitments).map((c) => (
                <CommitmentLine
                  key={c.commitmentId}
                  commitment={c}
                  testId={`commitment-${agreement.agreementId}-${c.commitmentId}`}
                  late={agreement.status === "signed" && c.fulfilledOn === null && c.dueDate < today}
                />
              ))}
            </ul>
          </details>
        </>
      ) : (
        <p className="muted">{t("live.noAgreement")}</p>
      )}
    </li>
  );
}

interface CommitmentLineProps {
  commitment: BoardCommitment;
  testId: string;
  late: boolean;
}

function CommitmentLine({ commitment: c, testId, late }: CommitmentLineProps) {
  const { t, tOr, formatNumber } = useI18n();
  const pending = subtractQuantities(c.logged, c.verified);
  const struck = c.fulfilledOn !== null;
  return (
    <li className={`live-commitment${struck ? " live-struck" : ""}`} data-testid={testId}>
      <div className="live-commitment-line">
        <span className="category">{tOr(`category.${c.category}`, c.category)}</span>
        <span className="live-commitment-text">{c.description}</span>
        {struck ? (
          <span className="live-stamp" title={t("live.struckOffOn", { date: c.fulfilledOn ?? "" })}>
            {t("live.struckOff")}
          </span>
        ) : null}
      </div>
      <ProgressBar value={commitmentProgress(c)} label={c.description} />
      <div className="live-commitment-numbers">
        <span data-testid="verified">
          {t("live.verifiedOf", {
            verified: formatNumber(c.verified),
            target: formatNumber(c.targetQuantity),
            unit: c.unitOfMeasure,
          })}
        </span>
        {pending > 0 ? (
          <span className="muted">
            {" · "}
            {t("live.loggedPending", { logged: formatNumber(c.logged), pending: formatNumber(pending) })}
          </span>
        ) : null}
        {struck ? (
          <span className="muted"> · {t("live.struckOffOn", { date: c.fulfilledOn ?? "" })}</span>
        ) : (
          <span className={late ? "live-late" : "muted"}>
            {" · "}
            {t("live.due", { date: c.dueDate })}
            {late ? ` · ${t("live.late")}` : ""}
          </span>
        )}
      </div>
    </li>
  );
}
