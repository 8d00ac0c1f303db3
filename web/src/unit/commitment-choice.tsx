import type { BoardAgreement } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { commitmentsOpenFirst } from "./ledger-figures.ts";

/**
 * The commitments of the running agreement as large radio tiles, one thumb-tap each, with progress
 * written on the tile. Struck-off commitments stay visible but cannot be chosen.
 */
export function CommitmentChoice(props: {
  agreement: BoardAgreement;
  value: string;
  error?: string;
  onChange(commitmentId: string): void;
}) {
  const { agreement, value, error, onChange } = props;
  const { t, tOr, formatNumber } = useI18n();
  return (
    <fieldset
      className={`unit-choice${error ? " field-error" : ""}`}
      aria-describedby={error ? "commitmentId-error" : undefined}
    >
      <legend>{t("unit.log.commitment")}</legend>
      {commitmentsOpenFirst(agreement).map((c) => {
        const done = c.fulfilledOn !== null;
        return (
          <label key={c.commitmentId} className={`unit-tile${done ? " unit-tile-done" : ""}`}>
            <input
              type="radio"
              name="commitmentId"
              value={c.commitmentId}
              checked={value === c.commitmentId}
              disabled={done}
              onChange={() => onChange(c.commitmentId)}
            />
            <span className="unit-tile-body">
              <span className="unit-tile-title">
                <span className="category">{tOr(`category.${c.category}`, c.category)}</span>
                {c.description}
                {done ? <span className="chip chip-done">{t("unit.log.fulfilled")}</span> : null}
              </span>
              <span className="unit-tile-numbers">
                {t("unit.log.progress", {
                  verified: formatNumber(c.verified),
                  logged: formatNumber(c.logged),
                  target: formatNumber(c.targetQuantity),
                  unit: c.unitOfMeasure,
                })}
              </span>
            </span>
          </label>
        );
      })}
      {error ? (
        <div className="error" id="commitmentId-error" role="alert" data-testid="error-commitmentId">
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}
