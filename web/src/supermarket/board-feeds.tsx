import type { SupermarketHandout, SupermarketIntake } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { useLabels } from "./labels.ts";

/** The newest donations, each with its receipt number, donor and what was given. */
export function RecentIntake({ intake }: { intake: readonly SupermarketIntake[] }) {
  const { t } = useI18n();
  const labels = useLabels();
  return (
    <section className="supermarket-panel" aria-labelledby="supermarket-intake-heading">
      <h2 id="supermarket-intake-heading">{t("supermarket.board.recentIntake")}</h2>
      {intake.length === 0 ? (
        <p className="muted">{t("supermarket.board.noIntake")}</p>
      ) : (
        <ul className="feed">
          {intake.map((d) => (
            <li key={d.donationId} className="feed-item">
              <div className="supermarket-feed-head">
                <strong>{labels.donor(d.donor)}</strong>
                <span className="supermarket-receipt-no">
                  {t("supermarket.board.receipt", { no: d.receiptNo })}
                </span>
              </div>
              {d.lines.length > 0 ? <div>{labels.lines(d.lines)}</div> : null}
              {d.money !== null ? <div className="feed-qty">{labels.money(d.money)}</div> : null}
              <div className="feed-meta">{d.receivedOn}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The newest hand-outs: what and when, never to whom. */
export function RecentHandouts({ handouts }: { handouts: readonly SupermarketHandout[] }) {
  const { t } = useI18n();
  const labels = useLabels();
  return (
    <section className="supermarket-panel" aria-labelledby="supermarket-handouts-heading">
      <h2 id="supermarket-handouts-heading">{t("supermarket.board.recentHandouts")}</h2>
      <p className="hint">{t("supermarket.board.handoutPrivacy")}</p>
      {handouts.length === 0 ? (
        <p className="muted">{t("supermarket.board.noHandouts")}</p>
      ) : (
        <ul className="feed">
          {handouts.map((h) => (
            <li key={h.handoutId} className="feed-item">
              <div>{labels.lines(h.lines)}</div>
              <div className="feed-meta">{h.handedOutOn}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
