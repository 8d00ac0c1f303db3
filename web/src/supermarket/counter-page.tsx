import {
  boardIdOf,
  COMMUNITY_BOARD,
  type CommunityBoard,
  SUPERMARKET_BOARD,
  type SupermarketBoard,
  type SupermarketItem,
} from "@cobuild/boards";
import { itemCategories } from "@cobuild/domain";
import { type ReactNode, useMemo } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { useBoard } from "../boards/use-board.ts";
import { BoardMessage } from "../components/board-message.tsx";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";
import { RequireLogin } from "../session/require-login.tsx";
import type { User } from "../session/session.tsx";
import { AdjustForm } from "./adjust-form.tsx";
import { type CounterTab, CounterTabs, counterTabs, panelId, tabId } from "./counter-tabs.tsx";
import { catalogueOrder } from "./figures.ts";
import { HandoutForm } from "./handout-form.tsx";
import { IntakeForm } from "./intake-form.tsx";
import { PendingDonations } from "./pending-donations.tsx";
import { ReceiptsPanel } from "./receipts-panel.tsx";
import { keepsCounter } from "./roles.ts";
import { StockStatus } from "./stock-chart.tsx";
import { useResidents } from "./use-residents.ts";

/**
 * The keeper's counter (爱心超市柜台): take donations, confirm those units recorded, hand out goods,
 * correct stock, void a receipt issued in error. Needs a login.
 */
export function CounterPage() {
  return <RequireLogin>{(user) => <Counter user={user} />}</RequireLogin>;
}

const EMPTY: Record<string, SupermarketItem> = {};

function Counter({ user }: { user: User }) {
  const { communityId = "" } = useParams();
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const view = useBoard<SupermarketBoard>(boardIdOf(SUPERMARKET_BOARD, communityId));
  const { board, connection } = view;
  const community = useBoard<CommunityBoard>(boardIdOf(COMMUNITY_BOARD, communityId));
  const residents = useResidents(communityId);
  const itemsById = board?.data.items ?? EMPTY;
  const items = useMemo(() => catalogueOrder(Object.values(itemsById), itemCategories), [itemsById]);
  const units = useMemo(
    () =>
      Object.values(community.board?.data.units ?? {}).sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
    [community.board],
  );
  const asked = search.get("tab");
  const tab: CounterTab = counterTabs.find((x) => x === asked) ?? "intake";
  const select = (next: CounterTab) => setSearch({ tab: next }, { replace: true });

  if (!keepsCounter(user, communityId)) {
    return (
      <Shell title={t("supermarket.title")}>
        <p className="status-line" role="alert">
          {t("supermarket.noAccess")}
        </p>
      </Shell>
    );
  }
  return (
    <Shell title={t("supermarket.title")} connection={connection}>
      <div className="supermarket-counter">
        <div className="section-head supermarket-head">
          <h1>{t("supermarket.counter.heading")}</h1>
          <nav className="supermarket-links" aria-label={t("supermarket.title")}>
            <Link to={paths.supermarket(communityId)}>{t("supermarket.toBoard")}</Link>
            <Link to={paths.setupItems(communityId)}>{t("supermarket.toItems")}</Link>
          </nav>
        </div>
        {!board ? (
          <BoardMessage
            view={view}
            loading={t("supermarket.loading")}
            notFound={t("supermarket.notFound")}
            notAllowed={t("supermarket.notAllowed")}
          />
        ) : (
          <>
            <CounterTabs
              current={tab}
              onSelect={select}
              counts={{ pending: Object.keys(board.data.pending).length }}
            />
            <div className="supermarket-counter-grid">
              <div className="supermarket-counter-work">
                {/* Every panel stays mounted, so switching tabs midway keeps what was typed. */}
                <Panel tab="intake" current={tab}>
                  <IntakeForm communityId={communityId} items={items} itemsById={itemsById} units={units} />
                </Panel>
                <Panel tab="pending" current={tab}>
                  <PendingDonations communityId={communityId} pending={board.data.pending} />
                </Panel>
                <Panel tab="handout" current={tab}>
                  <HandoutForm
                    communityId={communityId}
                    items={items}
                    itemsById={itemsById}
                    monthlyLimit={board.data.monthlyLimit}
                    residents={residents}
                  />
                </Panel>
                <Panel tab="adjust" current={tab}>
                  <AdjustForm communityId={communityId} items={items} itemsById={itemsById} />
                </Panel>
                <Panel tab="receipts" current={tab}>
                  <ReceiptsPanel communityId={communityId} intake={board.data.recentIntake} />
                </Panel>
              </div>
              <StockPanel items={items} />
            </div>
          </>
        )}
      </div>
    </Shell>
  );
}

function Panel({ tab, current, children }: { tab: CounterTab; current: CounterTab; children: ReactNode }) {
  return (
    <div
      role="tabpanel"
      id={panelId(tab)}
      aria-labelledby={tabId(tab)}
      hidden={tab !== current}
      className="supermarket-tabpanel"
    >
      {children}
    </div>
  );
}

/** The whole shelf at a glance, live, beside whatever the keeper is doing. */
function StockPanel({ items }: { items: readonly SupermarketItem[] }) {
  const { t, formatNumber } = useI18n();
  return (
    <aside
      className="supermarket-panel supermarket-stock-panel"
      aria-labelledby="supermarket-stock-panel-heading"
    >
      <h2 id="supermarket-stock-panel-heading">{t("supermarket.counter.stockPanel")}</h2>
      <ul className="supermarket-stock-list">
        {items.map((item) => (
          <li key={item.itemId} data-testid={`stock-${item.itemId}`}>
            <span className="supermarket-stock-name">{item.name}</span>
            <span className="supermarket-stock-qty">
              {formatNumber(item.stock)} {item.unitOfMeasure}
            </span>
            <StockStatus item={item} />
          </li>
        ))}
      </ul>
    </aside>
  );
}
