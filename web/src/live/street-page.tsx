import { boardIdOf, STREET_BOARD, type StreetBoard, type StreetContribution } from "@cobuild/boards";
import { Link, useParams } from "react-router";
import { useBoard } from "../boards/use-board.ts";
import { BoardMessage } from "../components/board-message.tsx";
import { ProgressBar, Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";
import { RequireLogin } from "../session/require-login.tsx";
import { percent } from "./format.ts";
import { type StreetRow, streetRows } from "./street-figures.ts";
import { StreetKpis } from "./street-kpis.tsx";
import { StreetPledgesSection } from "./street-pledges-section.tsx";
import { useArrivals } from "./use-arrivals.ts";
import { useToday } from "./use-today.ts";

/** The street's roll-up (街道看板): one card per community and the newest contributions street-wide. */
export function StreetBoardPage() {
  const { streetId = "" } = useParams();
  return <RequireLogin>{() => <StreetBoardView streetId={streetId} />}</RequireLogin>;
}

function StreetBoardView({ streetId }: { streetId: string }) {
  const { t } = useI18n();
  const today = useToday();
  const view = useBoard<StreetBoard>(boardIdOf(STREET_BOARD, streetId));
  const { board, connection } = view;
  if (!board) {
    return (
      <Shell connection={connection}>
        <BoardMessage
          view={view}
          notFound={t("live.streetNotFound")}
          notAllowed={t("live.streetNotAllowed")}
        />
      </Shell>
    );
  }
  const street = board.data;
  const rows = streetRows(street, today);
  return (
    <Shell title={street.name} connection={connection}>
      <div className="live-board" data-version={board.version}>
        <div className="live-title">
          <h1>{t("live.street.title", { name: street.name })}</h1>
          <span className="muted">{t("live.today", { date: today })}</span>
        </div>
        <StreetKpis street={street} today={today} />
        <div className="live-grid">
          <div className="live-main">
            <section aria-labelledby="live-street-heading" className="live-section">
              <h2 id="live-street-heading">{t("live.street.communities")}</h2>
              {rows.length === 0 ? <p className="muted">{t("live.street.noCommunities")}</p> : null}
              <ul className="live-street-list">
                {rows.map((row) => (
                  <CommunityCard key={row.communityId} row={row} />
                ))}
              </ul>
            </section>
            <StreetPledgesSection street={street} today={today} />
          </div>
          <div className="live-side">
            <StreetFeed items={street.recentContributions} />
          </div>
        </div>
      </div>
    </Shell>
  );
}

function CommunityCard({ row }: { row: StreetRow }) {
  const { t, formatNumber } = useI18n();
  const headingId = `live-community-${row.communityId}`;
  return (
    <li
      className="live-card live-street-card"
      aria-labelledby={headingId}
      data-testid={`community-${row.communityId}`}
    >
      <div className="live-unit-head">
        <h3 id={headingId}>
          <Link
            to={paths.communityBoard(row.communityId)}
            aria-label={t("live.street.open", { name: row.name })}
          >
            {row.name}
          </Link>
        </h3>
        {row.overdue > 0 ? (
          <span className="chip live-overdue-chip">
            {t("live.street.overdue")} {formatNumber(row.overdue)}
          </span>
        ) : null}
      </div>
      <div className="live-unit-overall">
        <ProgressBar value={row.fulfilmentRate} label={t("live.street.fulfilment")} />
        <span className="live-percent">{percent(row.fulfilmentRate)}</span>
      </div>
      <dl className="live-figures">
        <div>
          <dt>{t("live.street.fulfilment")}</dt>
          <dd>
            {t("live.street.struckOff", {
              fulfilled: formatNumber(row.fulfilled),
              commitments: formatNumber(row.commitments),
            })}
          </dd>
        </div>
        <div>
          <dt>{t("live.street.contributions")}</dt>
          <dd>{formatNumber(row.contributions)}</dd>
        </div>
        <div>
          <dt>{t("live.street.hours")}</dt>
          <dd>{t("live.hours.value", { n: formatNumber(row.hoursThisMonth) })}</dd>
        </div>
        <div>
          <dt>{t("live.street.places")}</dt>
          <dd>
            {t("live.street.placesValue", {
              claimed: formatNumber(row.claimed),
              places: formatNumber(row.places),
            })}
          </dd>
        </div>
        <div>
          <dt>{t("live.street.supermarket")}</dt>
          <dd>
            {t("live.street.supermarketValue", {
              donations: formatNumber(row.donationsToday),
              handouts: formatNumber(row.handoutsToday),
            })}
          </dd>
        </div>
        <div>
          <dt>{t("live.street.overdue")}</dt>
          <dd className={row.overdue > 0 ? "live-late" : undefined}>{formatNumber(row.overdue)}</dd>
        </div>
      </dl>
    </li>
  );
}

const keyOf = (item: StreetContribution) => `${item.communityId}/${item.agreementId}/${item.contributionId}`;

function StreetFeed({ items }: { items: readonly StreetContribution[] }) {
  const { t, formatNumber } = useI18n();
  const fresh = useArrivals(items.map(keyOf));
  return (
    <section aria-labelledby="live-street-feed-heading" className="live-section live-feed">
      <h2 id="live-street-feed-heading">{t("live.street.feed")}</h2>
      {items.length === 0 ? <p className="muted">{t("live.feed.empty")}</p> : null}
      <ol className="feed" aria-live="polite" aria-relevant="additions">
        {items.map((item) => {
          const isNew = fresh.has(keyOf(item));
          return (
            <li
              key={keyOf(item)}
              className={`live-feed-item${isNew ? " live-arrived" : ""}`}
              data-testid="recent-item"
            >
              <div className="live-feed-head">
                <strong>{item.unitName}</strong>
                <span className="muted">{item.communityName}</span>
                {isNew ? <span className="live-new">{t("live.feed.new")}</span> : null}
              </div>
              <div className="live-feed-what">
                {item.description}{" "}
                <span className="feed-qty">
                  +{formatNumber(item.quantity)} {item.unitOfMeasure}
                </span>
              </div>
              <div className="feed-meta">
                {item.date}
                {item.participants > 0
                  ? ` · ${t("live.feed.people", { n: formatNumber(item.participants) })}`
                  : ""}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
