import { useEffect, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { type StaffContext, StaffFrame } from "../shared/staff-frame.tsx";
import { ContributionItem } from "./contribution-item.tsx";
import { HoursItem } from "./hours-item.tsx";
import { usePendingQueue } from "./use-pending-queue.tsx";

const PATIENCE_MS = 4_000;

/** 核实审核: contributions and service hours waiting for the community, oldest first, live. */
export function VerifyPage() {
  return (
    <StaffFrame title="staff.verify.title" intro="staff.verify.intro">
      {(context) => <Queue {...context} />}
    </StaffFrame>
  );
}

function Queue({ board }: StaffContext) {
  const { t, formatNumber } = useI18n();
  const queue = usePendingQueue(board);
  // Handled here: hidden at once, before the board's next version removes them for good.
  const [handled, setHandled] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState("");
  const done = (key: string) => (message: string) => {
    setHandled((previous) => new Set(previous).add(key));
    setAnnouncement(message);
  };
  // Contribution ids are unique within their agreement only.
  const keyOf = (c: { agreementId: string; contributionId: string }) =>
    `c:${c.agreementId}/${c.contributionId}`;
  const contributions = queue.contributions.filter((c) => !handled.has(keyOf(c)));
  const hours = queue.hours.filter((h) => !handled.has(`h:${h.teamId}:${h.entryId}`));
  const ledgersLoading = queue.ledgers.loaded < queue.ledgers.total;
  const teamsLoading = queue.teams.loaded < queue.teams.total;
  // The queue is shown once every board is in, so its order and count do not shift under the
  // user's finger; a board that does not answer (a unit registered a moment ago) holds it back only
  // for a few seconds.
  const [waitedEnough, setWaitedEnough] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWaitedEnough(true), PATIENCE_MS);
    return () => clearTimeout(timer);
  }, []);
  const showContributions = !ledgersLoading || waitedEnough;
  const showHours = !teamsLoading || waitedEnough;

  return (
    <>
      {queue.watchers}
      <p className="staff-announce" role="status">
        {announcement}
      </p>
      <div className="staff-queue-grid">
        <section aria-labelledby="verify-contributions">
          <div className="section-head">
            <h2 id="verify-contributions">
              {showContributions
                ? t("staff.verify.contributions", { n: formatNumber(contributions.length) })
                : t("staff.verify.contributionsList")}
            </h2>
            {queue.disputed > 0 ? (
              <span className="muted">
                {t("staff.verify.disputedCount", { n: formatNumber(queue.disputed) })}
              </span>
            ) : null}
          </div>
          {ledgersLoading ? (
            <p className="muted" role="status">
              {t("staff.verify.loadingLedgers", { loaded: queue.ledgers.loaded, total: queue.ledgers.total })}
            </p>
          ) : null}
          {!ledgersLoading && contributions.length === 0 ? (
            <p className="staff-empty">{t("staff.verify.noContributions")}</p>
          ) : null}
          <ul className="staff-queue" aria-label={t("staff.verify.contributionsList")}>
            {(showContributions ? contributions : []).map((c) => (
              <ContributionItem key={keyOf(c)} item={c} onDone={done(keyOf(c))} />
            ))}
          </ul>
        </section>
        <section aria-labelledby="verify-hours">
          <div className="section-head">
            <h2 id="verify-hours">
              {showHours ? t("staff.hours.title", { n: formatNumber(hours.length) }) : t("staff.hours.list")}
            </h2>
          </div>
          {teamsLoading ? (
            <p className="muted" role="status">
              {t("staff.hours.loading", { loaded: queue.teams.loaded, total: queue.teams.total })}
            </p>
          ) : null}
          {!teamsLoading && hours.length === 0 ? (
            <p className="staff-empty">{t("staff.hours.none")}</p>
          ) : null}
          <ul className="staff-queue" aria-label={t("staff.hours.list")}>
            {(showHours ? hours : []).map((h) => (
              <HoursItem
                key={`${h.teamId}:${h.entryId}`}
                entry={h}
                onDone={done(`h:${h.teamId}:${h.entryId}`)}
              />
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
