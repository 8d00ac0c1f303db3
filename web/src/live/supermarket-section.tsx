import { lowStock, type SupermarketBoard, type SupermarketLine, supermarketDay } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";

/** How many of the newest donations and hand-outs the section lists. */
const RECENT = 5;

interface SupermarketProps {
  supermarket?: SupermarketBoard;
  today: string;
}

/** The love supermarket: today's intake and hand-outs, what runs low, and the newest movements. */
export function SupermarketSection({ supermarket, today }: SupermarketProps) {
  const { t, formatNumber } = useI18n();
  return (
    <section aria-labelledby="live-supermarket-heading" className="live-section live-card">
      <h2 id="live-supermarket-heading">{t("live.supermarket")}</h2>
      {supermarket ? (
        <>
          <SupermarketToday supermarket={supermarket} today={today} />
          <div className="live-two">
            <div>
              <h3 className="live-subhead">{t("live.supermarket.recentIntake")}</h3>
              {supermarket.recentIntake.length === 0 ? (
                <p className="muted">{t("live.supermarket.nothing")}</p>
              ) : null}
              <ul className="live-moves">
                {supermarket.recentIntake.slice(0, RECENT).map((i) => (
                  <li key={i.donationId}>
                    <span className="feed-meta">{i.receivedOn}</span>{" "}
                    <strong>
                      {i.donor.kind === "anonymous" ? t("live.supermarket.anonymous") : i.donor.name}
                    </strong>{" "}
                    <Lines lines={i.lines} />
                    {i.money ? ` · ${t("live.supermarket.money", { n: formatNumber(i.money) })}` : ""}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3 className="live-subhead">{t("live.supermarket.recentHandouts")}</h3>
              {supermarket.recentHandouts.length === 0 ? (
                <p className="muted">{t("live.supermarket.nothing")}</p>
              ) : null}
              <ul className="live-moves">
                {supermarket.recentHandouts.slice(0, RECENT).map((h) => (
                  <li key={h.handoutId}>
                    <span className="feed-meta">{h.handedOutOn}</span> <Lines lines={h.lines} />
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </>
      ) : (
        <p className="muted">{t("live.supermarket.missing")}</p>
      )}
    </section>
  );
}

/** Today's donations and hand-outs counted, and the items below their minimum. */
export function SupermarketToday({ supermarket, today }: { supermarket: SupermarketBoard; today: string }) {
  const { t, formatNumber } = useI18n();
  const day = supermarketDay(supermarket, today);
  const low = lowStock(supermarket);
  return (
    <div className="live-supermarket-today">
      <ul className="live-today" aria-label={t("live.supermarket.today")}>
        <li>
          <span className="live-today-n">{formatNumber(day.donations)}</span>
          {t("live.supermarket.donations")}
        </li>
        <li>
          <span className="live-today-n">{formatNumber(day.handouts)}</span>
          {t("live.supermarket.handouts")}
        </li>
      </ul>
      <h3 className="live-subhead">{t("live.supermarket.low")}</h3>
      {low.length === 0 ? <p className="live-ok">{t("live.supermarket.lowNone")}</p> : null}
      <ul className="live-low">
        {low.map((item) => (
          <li key={item.itemId}>
            <strong>{item.name}</strong>{" "}
            <span className="live-late">
              {t("live.supermarket.stock", {
                stock: formatNumber(item.stock),
                minimum: formatNumber(item.minimumStock),
                unit: item.unitOfMeasure,
              })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Lines({ lines }: { lines: readonly SupermarketLine[] }) {
  const { formatNumber } = useI18n();
  return (
    <span>{lines.map((l) => `${l.name} ${formatNumber(l.quantity)}${l.unitOfMeasure}`).join("、")}</span>
  );
}
