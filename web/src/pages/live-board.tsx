import { type BoardAgreement, boardIdOf, COMMUNITY_BOARD, type CommunityBoard } from "@cobuild/boards";
import { agreementProgress, commitmentProgress, isFulfilled } from "@cobuild/domain";
import { Link, useParams } from "react-router";
import { currentAgreement, localToday } from "../boards/agreements.ts";
import { useBoard } from "../boards/use-board.ts";
import { ProgressBar, Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { RecentContributions } from "./recent-contributions.tsx";

/** Each commitment's logged total against its target, as the progress functions take them. */
const totalsOf = (agreement: BoardAgreement) =>
  Object.values(agreement.commitments).map((c) => ({ logged: c.logged, target: c.targetQuantity }));

/** The joint-meeting live board (联席会议看板): every unit's agreement and the newest contributions. */
export function LiveBoardPage() {
  const { communityId = "" } = useParams();
  const { t, formatNumber } = useI18n();
  const { board, connection, missing } = useBoard<CommunityBoard>(boardIdOf(COMMUNITY_BOARD, communityId));

  if (!board) {
    return (
      <Shell connection={connection}>
        <p className="status-line">{missing ? t("board.notFound") : t("board.loading")}</p>
      </Shell>
    );
  }

  const data = board.data;
  const units = Object.values(data.units);
  const agreements = Object.values(data.agreements);
  const signed = agreements.filter((a) => a.status === "signed");
  const members = units.reduce((sum, u) => sum + u.inServiceMembers, 0);
  const overall = agreementProgress(signed.flatMap(totalsOf));
  const today = localToday();

  return (
    <Shell title={data.name} connection={connection}>
      <section className="kpis" aria-label={data.name} data-version={board.version}>
        <Kpi label={t("board.units")} value={formatNumber(units.length)} />
        <Kpi label={t("board.members")} value={formatNumber(members)} />
        <Kpi label={t("board.signed")} value={`${signed.length} / ${agreements.length}`} />
        <Kpi
          label={t("board.contributions")}
          value={formatNumber(data.totals.contributions)}
          testId="kpi-contributions"
        />
        <Kpi label={t("board.participants")} value={formatNumber(data.totals.participants)} />
        <Kpi label={t("board.fulfilment")} value={`${Math.round(overall * 100)}%`} />
      </section>
      <div className="board-grid">
        <section aria-labelledby="agreements-heading">
          <div className="section-head">
            <h2 id="agreements-heading">{t("board.agreements")}</h2>
            <Link className="button button-primary" to={`/communities/${communityId}/log`}>
              {t("board.logHere")}
            </Link>
          </div>
          <ul className="units">
            {units.map((unit) => {
              const agreement = currentAgreement(agreements, unit.unitId, today);
              return (
                <li key={unit.unitId} className="unit-card" data-testid={`unit-${unit.unitId}`}>
                  <div className="unit-head">
                    <h3>{unit.name}</h3>
                    {agreement ? (
                      <span className={`chip chip-${agreement.status}`}>
                        {t(`board.status.${agreement.status}`)}
                      </span>
                    ) : null}
                  </div>
                  {agreement ? (
                    <AgreementProgress agreement={agreement} />
                  ) : (
                    <p className="muted">{t("board.noAgreement")}</p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
        <RecentContributions items={data.recentContributions} />
      </div>
    </Shell>
  );
}

function Kpi({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="kpi" data-testid={testId}>
      <div className="kpi-value">{value}</div>
      <div className="kpi-label">{label}</div>
    </div>
  );
}

function AgreementProgress({ agreement }: { agreement: BoardAgreement }) {
  const { t, tOr, formatNumber } = useI18n();
  const overall = agreementProgress(totalsOf(agreement));
  return (
    <>
      <div className="unit-overall">
        <ProgressBar value={overall} label={agreement.title} />
        <span className="percent">{Math.round(overall * 100)}%</span>
      </div>
      <ul className="commitments">
        {Object.values(agreement.commitments).map((c) => (
          <li key={c.commitmentId} data-testid={`commitment-${agreement.agreementId}-${c.commitmentId}`}>
            <div className="commitment-line">
              <span className="category">{tOr(`category.${c.category}`, c.category)}</span>
              <span className="commitment-text">{c.description}</span>
              <span className="commitment-numbers">
                {isFulfilled(c.logged, c.targetQuantity) ? (
                  <span className="chip chip-done">{t("board.fulfilled")}</span>
                ) : null}
                <span data-testid="logged">{formatNumber(c.logged)}</span> / {formatNumber(c.targetQuantity)}{" "}
                {c.unitOfMeasure}
              </span>
            </div>
            <ProgressBar value={commitmentProgress(c.logged, c.targetQuantity)} label={c.description} />
          </li>
        ))}
      </ul>
    </>
  );
}
