import type { BoardCommitment } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { verifiedShare } from "./ledger-figures.ts";

const percentOf = (part: number, whole: number) =>
  whole > 0 ? Math.min(100, Math.round((part / whole) * 100)) : 0;

/**
 * One commitment's progress as two layers: verified work (what striking off counts) solid, work logged
 * but not yet verified lighter behind it, against the target. The numbers are written out beside it.
 */
export function CommitmentProgress({ commitment }: { commitment: BoardCommitment }) {
  const { t, formatNumber } = useI18n();
  const verified = Math.round(verifiedShare(commitment) * 100);
  const logged = percentOf(commitment.logged, commitment.targetQuantity);
  return (
    <div className="unit-progress">
      <div
        className={`unit-bar${commitment.fulfilledOn ? " unit-bar-done" : ""}`}
        role="progressbar"
        aria-label={t("unit.commitment.progress", { name: commitment.description, percent: verified })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={verified}
      >
        <div className="unit-bar-logged" style={{ width: `${Math.max(logged, verified)}%` }} />
        <div className="unit-bar-verified" style={{ width: `${verified}%` }} />
      </div>
      <p className="unit-progress-numbers">
        <span>
          {t("unit.commitment.numbers", {
            verified: formatNumber(commitment.verified),
            logged: formatNumber(commitment.logged),
            target: formatNumber(commitment.targetQuantity),
            unit: commitment.unitOfMeasure,
          })}
        </span>
        {commitment.fulfilledOn ? null : (
          <span>{t("unit.commitment.due", { date: commitment.dueDate })}</span>
        )}
      </p>
    </div>
  );
}
