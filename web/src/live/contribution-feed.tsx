import type { BoardContribution } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { useArrivals } from "./use-arrivals.ts";

const keyOf = (item: BoardContribution) => `${item.agreementId}/${item.contributionId}`;

interface FeedProps {
  items: readonly BoardContribution[];
  /** How many to show (the wall screen shows fewer, larger). */
  limit?: number;
  headingId?: string;
}

/**
 * The newest contributions, newest first, each with its verification state. One that arrives while the
 * page is open is highlighted for a few seconds, and read out politely to screen readers.
 */
export function ContributionFeed({ items, limit, headingId = "live-feed-heading" }: FeedProps) {
  const { t, formatNumber } = useI18n();
  const shown = limit === undefined ? items : items.slice(0, limit);
  const fresh = useArrivals(items.map(keyOf));
  return (
    <section aria-labelledby={headingId} className="live-section live-feed">
      <h2 id={headingId}>{t("live.feed")}</h2>
      {items.length === 0 ? <p className="muted">{t("live.feed.empty")}</p> : null}
      <ol className="feed" aria-live="polite" aria-relevant="additions">
        {shown.map((item) => {
          const isNew = fresh.has(keyOf(item));
          return (
            <li
              key={keyOf(item)}
              className={`live-feed-item${isNew ? " live-arrived" : ""}`}
              data-testid="recent-item"
              data-new={isNew ? "yes" : undefined}
            >
              <div className="live-feed-head">
                <strong>{item.unitName}</strong>
                {isNew ? <span className="live-new">{t("live.feed.new")}</span> : null}
                <span className={`chip live-verification-${item.verification}`}>
                  {t(`live.verification.${item.verification}`)}
                </span>
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
                {item.note ? ` · ${item.note}` : ""}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
