import { boardIdOf, SUPERMARKET_BOARD, type SupermarketBoard } from "@cobuild/boards";
import { itemCategories } from "@cobuild/domain";
import { Link, useParams } from "react-router";
import { useBoard } from "../boards/use-board.ts";
import { BoardMessage } from "../components/board-message.tsx";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";
import { RequireLogin } from "../session/require-login.tsx";
import type { User } from "../session/session.tsx";
import { catalogueOrder } from "./figures.ts";
import { AddItemForm, MinimumStockForm } from "./item-forms.tsx";
import { useLabels } from "./labels.ts";
import { MonthlyLimitForm } from "./limit-form.tsx";
import { keepsCounter, managesCommunity } from "./roles.ts";
import { StockStatus } from "./stock-chart.tsx";

/** The supermarket's catalogue (物品目录): items, their minimum stock, and the monthly limit. */
export function ItemsPage() {
  return <RequireLogin>{(user) => <Items user={user} />}</RequireLogin>;
}

function Items({ user }: { user: User }) {
  const { communityId = "" } = useParams();
  const { t, formatNumber } = useI18n();
  const labels = useLabels();
  const view = useBoard<SupermarketBoard>(boardIdOf(SUPERMARKET_BOARD, communityId));
  const { board, connection } = view;
  // The board appears with the first item, so a missing one is an empty catalogue to start from.
  const startingOut = view.missing && !view.refused;
  if (!keepsCounter(user, communityId)) {
    return (
      <Shell title={t("supermarket.title")}>
        <p className="status-line" role="alert">
          {t("supermarket.noAccess")}
        </p>
      </Shell>
    );
  }
  const staff = managesCommunity(user, communityId);
  const items = board ? catalogueOrder(Object.values(board.data.items), itemCategories) : [];
  return (
    <Shell title={t("supermarket.title")} connection={connection}>
      <div className="section-head supermarket-head">
        <div>
          <h1>{t("supermarket.items.heading")}</h1>
          <p className="muted">{t("supermarket.items.intro")}</p>
        </div>
        <nav className="supermarket-links" aria-label={t("supermarket.title")}>
          <Link to={paths.counter(communityId)}>{t("supermarket.toCounter")}</Link>
          <Link to={paths.supermarket(communityId)}>{t("supermarket.toBoard")}</Link>
        </nav>
      </div>
      {!board && !startingOut ? (
        <BoardMessage
          view={view}
          loading={t("supermarket.loading")}
          notFound={t("supermarket.notFound")}
          notAllowed={t("supermarket.notAllowed")}
        />
      ) : (
        <div className="supermarket-setup-grid">
          <section className="supermarket-panel" aria-labelledby="supermarket-items-heading">
            <h2 id="supermarket-items-heading">
              {t("supermarket.items.list")} <span className="muted">({formatNumber(items.length)})</span>
            </h2>
            {items.length === 0 ? (
              <p className="muted">{t("supermarket.board.noItems")}</p>
            ) : (
              <ul className="supermarket-item-rows">
                <li className="supermarket-item-row supermarket-item-row-head" aria-hidden="true">
                  <span>{t("supermarket.board.item")}</span>
                  <span>{t("supermarket.board.stock")}</span>
                  <span>{t("supermarket.items.minimumStock")}</span>
                </li>
                {items.map((item) => (
                  <li key={item.itemId} className="supermarket-item-row" data-testid={`item-${item.itemId}`}>
                    <div>
                      <div className="supermarket-item-name">{item.name}</div>
                      <div className="hint">
                        {labels.itemCategory(item.category)} · {item.unitOfMeasure}
                      </div>
                    </div>
                    <div className="supermarket-item-stock">
                      <span>
                        {formatNumber(item.stock)} {item.unitOfMeasure}
                      </span>
                      <StockStatus item={item} />
                    </div>
                    <MinimumStockForm communityId={communityId} item={item} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <div className="supermarket-setup-side">
            <AddItemForm communityId={communityId} />
            {staff ? (
              <MonthlyLimitForm communityId={communityId} limit={board?.data.monthlyLimit ?? null} />
            ) : (
              <p className="hint">{t("supermarket.items.limitStaffOnly")}</p>
            )}
          </div>
        </div>
      )}
    </Shell>
  );
}
