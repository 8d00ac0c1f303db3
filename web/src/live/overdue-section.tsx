import { type CommunityBoard, overdueItems } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";

interface OverdueProps {
  community: CommunityBoard;
  today: string;
  /** How many to list (the wall screen has room for fewer). */
  limit?: number;
}

/** What is late: commitments past due and not struck off, decisions past their deadline and not done. */
export function OverdueSection({ community, today, limit }: OverdueProps) {
  const { t, formatNumber } = useI18n();
  const items = overdueItems(community, today);
  const shown = limit === undefined ? items : items.slice(0, limit);
  return (
    <section
      aria-labelledby="live-overdue-heading"
      className={`live-section live-card live-overdue${items.length > 0 ? " live-overdue-some" : ""}`}
    >
      <h2 id="live-overdue-heading">
        {t("live.overdue")} <span className="live-count">{formatNumber(items.length)}</span>
      </h2>
      {items.length === 0 ? <p className="live-ok">{t("live.overdue.none")}</p> : null}
      <ul className="live-overdue-list">
        {shown.map((item) => (
          <li key={`${item.kind}/${item.id}`}>
            <div className="live-overdue-head">
              <span className="chip live-overdue-kind">{t(`live.overdue.${item.kind}`)}</span>
              <strong>{item.unitNames.join("、")}</strong>
              <span className="live-late">
                {t("live.overdue.daysLate", { n: formatNumber(item.daysLate) })}
              </span>
            </div>
            <div>{item.what}</div>
            <div className="feed-meta">{t("live.overdue.deadline", { date: item.deadline })}</div>
          </li>
        ))}
      </ul>
      {shown.length < items.length ? (
        <p className="muted">… +{formatNumber(items.length - shown.length)}</p>
      ) : null}
    </section>
  );
}
