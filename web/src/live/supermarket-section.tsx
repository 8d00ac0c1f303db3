import type { SupermarketBoard, SupermarketLine } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { lowStock, supermarketDay } from "./supply-figures.ts";

/** The love supermarket today: what came in and went out, and which items run low. */
export function SupermarketSection({
  supermarket,
  today,
}: {
  supermarket?: SupermarketBoard;
  today: string;
}) {
  const { t, formatNumber } = useI18n();
  if (!supermarket) {
    return (
      <section aria-labelledby="live-supermarket-heading" className="live-section live-card">
        <h2 id="live-supermarket-heading">{t("live.supermarket")}</h2>
        <p className="muted">{t("live.supermarket.missing")}</p>
      </section>
    );
  }
  const day = supermarketDay(supermarket, today);
  const low = lowStock(supermarket);
  const intake = supermarket.recentIntake.filter((i) => i.receivedOn === today);
  const handouts = supermarket.recentHandouts.filter((h) => h.handedOutOn === today);
  return (
    <section aria-labelledby="live-supermarket-heading" className="live-section live-card">
      <h2 id="live-supermarket-heading">{t("live.supermarket")}</h2>
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
      <div className="live-two">
        <div>
          <h3 className="live-subhead">{t("live.supermarket.recentIntake")}</h3>
          {intake.length === 0 ? <p className="muted">{t("live.supermarket.nothingToday")}</p> : null}
          <ul className="live-moves">
            {intake.map((i) => (
              <li key={i.donationId}>
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
          {handouts.length === 0 ? <p className="muted">{t("live.supermarket.nothingToday")}</p> : null}
          <ul className="live-moves">
            {handouts.map((h) => (
              <li key={h.handoutId}>
                <Lines lines={h.lines} />
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

function Lines({ lines }: { lines: readonly SupermarketLine[] }) {
  const { formatNumber } = useI18n();
  return (
    <span>{lines.map((l) => `${l.name} ${formatNumber(l.quantity)}${l.unitOfMeasure}`).join("、")}</span>
  );
}
