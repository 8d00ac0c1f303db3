import type { SupermarketHandout, SupermarketIntake } from "@cobuild/boards";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { useLabels } from "./labels.ts";

/** How many entries a feed shows before "show all": the board's side column stays beside its main one. */
const FIRST = 8;

/**
 * The newest donations, each with its receipt number, donor and what was given; a voided receipt stays,
 * struck through, with why. `onVoid` (the keeper's counter) offers to void the others.
 */
export function RecentIntake({
  intake,
  onVoid,
  hint,
}: {
  intake: readonly SupermarketIntake[];
  onVoid?: (intake: SupermarketIntake) => void;
  hint?: string;
}) {
  const { t } = useI18n();
  const labels = useLabels();
  const [all, setAll] = useState(false);
  return (
    <section className="supermarket-panel" aria-labelledby="supermarket-intake-heading">
      <h2 id="supermarket-intake-heading">{t("supermarket.board.recentIntake")}</h2>
      {hint ? <p className="hint">{hint}</p> : null}
      {intake.length === 0 ? (
        <p className="muted">{t("supermarket.board.noIntake")}</p>
      ) : (
        <ul className="feed" aria-label={t("supermarket.board.recentIntake")}>
          {(all ? intake : intake.slice(0, FIRST)).map((d) => (
            <li key={d.donationId} className={`feed-item${d.voided ? " supermarket-voided" : ""}`}>
              <div className="supermarket-feed-head">
                <strong className="supermarket-voidable">{labels.donor(d.donor)}</strong>
                <span className="supermarket-receipt-no">
                  {t("supermarket.board.receipt", { no: d.receiptNo })}
                  {d.voided ? (
                    <span className="chip supermarket-void-chip">{t("supermarket.board.voided")}</span>
                  ) : null}
                </span>
              </div>
              {d.lines.length > 0 ? (
                <div className="supermarket-voidable">{labels.lines(d.lines)}</div>
              ) : null}
              {d.money !== null ? (
                <div className="feed-qty supermarket-voidable">{labels.money(d.money)}</div>
              ) : null}
              <div className="feed-meta">{d.receivedOn}</div>
              {d.voided ? (
                <p className="supermarket-void-reason">
                  {t("supermarket.board.voidReason", {
                    reason: d.voided.reason,
                    date: d.voided.voidedOn,
                    by: d.voided.voidedBy,
                  })}
                </p>
              ) : onVoid ? (
                <button
                  type="button"
                  className="button supermarket-void-button"
                  aria-label={t("supermarket.void.one", { no: d.receiptNo })}
                  onClick={() => onVoid(d)}
                >
                  {t("supermarket.void.button")}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <MoreButton count={intake.length} all={all} onToggle={() => setAll(!all)} />
    </section>
  );
}

/**
 * The newest hand-outs: what and when, never to whom. The board keeps them in the order recorded; a
 * hand-out may be entered days later, so they are shown by date.
 */
export function RecentHandouts({ handouts }: { handouts: readonly SupermarketHandout[] }) {
  const { t } = useI18n();
  const labels = useLabels();
  const [all, setAll] = useState(false);
  const byDate = [...handouts].sort((a, b) => b.handedOutOn.localeCompare(a.handedOutOn));
  return (
    <section className="supermarket-panel" aria-labelledby="supermarket-handouts-heading">
      <h2 id="supermarket-handouts-heading">{t("supermarket.board.recentHandouts")}</h2>
      <p className="hint">{t("supermarket.board.handoutPrivacy")}</p>
      {byDate.length === 0 ? (
        <p className="muted">{t("supermarket.board.noHandouts")}</p>
      ) : (
        <ul className="feed">
          {(all ? byDate : byDate.slice(0, FIRST)).map((h) => (
            <li key={h.handoutId} className="feed-item">
              <div>{labels.lines(h.lines)}</div>
              <div className="feed-meta">{h.handedOutOn}</div>
            </li>
          ))}
        </ul>
      )}
      <MoreButton count={byDate.length} all={all} onToggle={() => setAll(!all)} />
    </section>
  );
}

function MoreButton({ count, all, onToggle }: { count: number; all: boolean; onToggle(): void }) {
  const { t } = useI18n();
  if (count <= FIRST) return null;
  return (
    <button type="button" className="button supermarket-more" aria-expanded={all} onClick={onToggle}>
      {all ? t("supermarket.board.showFewer") : t("supermarket.board.showAll", { n: count })}
    </button>
  );
}
