import type { BoardContribution } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";

/** The newest contributions, newest first; an item that just arrived is highlighted briefly. */
export function RecentContributions({ items }: { items: readonly BoardContribution[] }) {
  const { t, formatNumber } = useI18n();
  return (
    <section aria-labelledby="recent-heading" className="recent">
      <h2 id="recent-heading">{t("board.recent")}</h2>
      {items.length === 0 ? <p className="muted">{t("board.noRecent")}</p> : null}
      <ol className="feed" aria-live="polite">
        {items.map((item) => (
          <li
            key={`${item.agreementId}/${item.contributionId}`}
            className="feed-item"
            data-testid="recent-item"
          >
            <div className="feed-main">
              <strong>{item.unitName}</strong> · {item.description}
            </div>
            <div className="feed-qty">
              +{formatNumber(item.quantity)} {item.unitOfMeasure}
            </div>
            <div className="feed-meta">
              {item.date}
              {item.participants > 0 ? ` · ${t("board.people", { n: item.participants })}` : ""}
              {item.note ? ` · ${item.note}` : ""}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
