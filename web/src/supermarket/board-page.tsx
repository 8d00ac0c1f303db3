import {
  boardIdOf,
  lowStock,
  SUPERMARKET_BOARD,
  type SupermarketBoard,
  supermarketDay,
  supermarketYear,
} from "@cobuild/boards";
import { itemCategories } from "@cobuild/domain";
import { Link, useParams } from "react-router";
import { localToday } from "../boards/agreements.ts";
import { useBoard } from "../boards/use-board.ts";
import { BoardMessage } from "../components/board-message.tsx";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";
import { useSession } from "../session/session.tsx";
import { RecentHandouts, RecentIntake } from "./board-feeds.tsx";
import { catalogueOrder } from "./figures.ts";
import { keepsCounter } from "./roles.ts";
import { StockChart, StockStatus, StockTable } from "./stock-chart.tsx";

/**
 * The love supermarket's public board (爱心超市 · 捐赠公示): stock against minimum, what is needed, what
 * came in and went out today and this year. It never shows who received goods; the board has no such data.
 */
export function SupermarketBoardPage() {
  const { communityId = "" } = useParams();
  const { t } = useI18n();
  const { state } = useSession();
  const view = useBoard<SupermarketBoard>(boardIdOf(SUPERMARKET_BOARD, communityId));
  const { board, connection } = view;
  if (!board) {
    return (
      <Shell title={t("supermarket.title")} connection={connection}>
        {/* Boards are served to people of the community: someone not logged in is asked to. */}
        {state.status === "anonymous" ? (
          <p className="status-line" role="status">
            <Link to={`${paths.login()}?next=${encodeURIComponent(paths.supermarket(communityId))}`}>
              {t("supermarket.loginForBoard")}
            </Link>
          </p>
        ) : (
          <BoardMessage
            view={view}
            loading={t("supermarket.loading")}
            notFound={t("supermarket.notFound")}
            notAllowed={t("supermarket.notAllowed")}
          />
        )}
      </Shell>
    );
  }
  const data = board.data;
  const items = catalogueOrder(Object.values(data.items), itemCategories);
  const low = lowStock(data);
  const counter = state.status === "user" && keepsCounter(state.user, communityId);
  return (
    <Shell title={t("supermarket.title")} connection={connection}>
      <div className="section-head supermarket-head">
        <div>
          <h1>{t("supermarket.board.heading")}</h1>
          <p className="muted">{t("supermarket.board.intro")}</p>
        </div>
        {counter ? (
          <Link className="button button-primary" to={paths.counter(communityId)}>
            {t("supermarket.toCounter")}
          </Link>
        ) : null}
      </div>
      <Figures board={data} lowCount={low.length} version={board.version} />
      <div className="supermarket-grid">
        <div className="supermarket-main">
          <section className="supermarket-panel" aria-labelledby="supermarket-low-heading">
            <h2 id="supermarket-low-heading">{t("supermarket.board.lowHeading")}</h2>
            {low.length === 0 ? (
              <p className="muted">{t("supermarket.board.noLow")}</p>
            ) : (
              <ul className="supermarket-low-list">
                {low.map((item) => (
                  <li key={item.itemId}>
                    <span className="supermarket-low-name">{item.name}</span>
                    <StockStatus item={item} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="supermarket-panel" aria-labelledby="supermarket-stock-heading">
            <h2 id="supermarket-stock-heading">{t("supermarket.board.stockChart")}</h2>
            <p className="hint">
              {data.monthlyLimit === null
                ? t("supermarket.board.noLimit")
                : t("supermarket.board.limit", { limit: data.monthlyLimit })}
            </p>
            {items.length === 0 ? (
              <p className="muted">{t("supermarket.board.noItems")}</p>
            ) : (
              <>
                <StockChart items={items} />
                <StockTable items={items} />
              </>
            )}
          </section>
        </div>
        <div className="supermarket-side">
          <RecentIntake intake={data.recentIntake} />
          <RecentHandouts handouts={data.recentHandouts} />
        </div>
      </div>
    </Shell>
  );
}

/** Today's and this year's totals, as the board's headline. */
function Figures({
  board,
  lowCount,
  version,
}: {
  board: SupermarketBoard;
  lowCount: number;
  version: number;
}) {
  const { t, formatNumber } = useI18n();
  const today = localToday();
  const year = today.slice(0, 4);
  const day = supermarketDay(board, today);
  const total = supermarketYear(board, year);
  return (
    <section className="kpis" aria-label={t("supermarket.board.heading")} data-version={version}>
      <Kpi
        label={t("supermarket.board.todayIntake")}
        value={formatNumber(day.intake)}
        sub={t("supermarket.board.times", { n: formatNumber(day.donations) })}
      />
      <Kpi
        label={t("supermarket.board.todayHandouts")}
        value={formatNumber(day.handedOut)}
        sub={t("supermarket.board.handoutTimes", { n: formatNumber(day.handouts) })}
      />
      <Kpi
        label={t("supermarket.board.yearDonations", { year })}
        value={formatNumber(total.intake)}
        sub={t("supermarket.board.times", { n: formatNumber(total.donations) })}
      />
      <Kpi
        label={t("supermarket.board.yearHandouts", { year })}
        value={formatNumber(total.handedOut)}
        sub={t("supermarket.board.handoutTimes", { n: formatNumber(total.handouts) })}
      />
      <Kpi label={t("supermarket.board.yearMoney", { year })} value={`¥${formatNumber(total.money)}`} />
      <Kpi label={t("supermarket.board.lowCount")} value={formatNumber(lowCount)} warn={lowCount > 0} />
    </section>
  );
}

function Kpi({ label, value, sub, warn }: { label: string; value: string; sub?: string; warn?: boolean }) {
  return (
    <div className={`kpi${warn ? " supermarket-kpi-warn" : ""}`}>
      <div className="kpi-value">{value}</div>
      <div className="kpi-label">{label}</div>
      {sub ? <div className="supermarket-kpi-sub">{sub}</div> : null}
    </div>
  );
}
