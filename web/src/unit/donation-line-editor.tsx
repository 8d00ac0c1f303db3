import type { SupermarketItem } from "@cobuild/boards";
import { itemCategories } from "@cobuild/domain";
import { useI18n } from "../i18n/i18n.tsx";
import { blankRow, type DonationRow, type RowIssue } from "./donation-lines.ts";

/**
 * The goods given, one row per item: the item picked from the supermarket's catalogue (grouped by
 * category), then the amount in that item's unit. Rows are added and removed with large buttons.
 */
export function DonationLineEditor(props: {
  items: readonly SupermarketItem[];
  rows: readonly DonationRow[];
  issues: Record<string, RowIssue>;
  /** An error for the lines as a whole (a donation with nothing in it, an unknown item). */
  error?: string;
  onChange(rows: DonationRow[]): void;
}) {
  const { items, rows, issues, error, onChange } = props;
  const { t, tOr } = useI18n();
  const byId = new Map(items.map((item) => [item.itemId, item]));
  const groups = itemCategories
    .map((category) => ({ category, items: items.filter((item) => item.category === category) }))
    .filter((group) => group.items.length > 0);
  const update = (key: string, change: Partial<DonationRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const shown = (code?: string) => (code ? tOr(`error.${code}`, code) : undefined);

  return (
    <fieldset className={`unit-lines${error ? " field-error" : ""}`}>
      <legend>{t("unit.donate.items")}</legend>
      {rows.map((row, index) => {
        const n = index + 1;
        const item = byId.get(row.itemId);
        const issue = issues[row.key] ?? {};
        const itemError = shown(issue.itemId);
        const quantityError = shown(issue.quantity);
        return (
          <div key={row.key} className="unit-line">
            <div className={`field unit-line-item${itemError ? " field-error" : ""}`}>
              <label htmlFor={`item-${row.key}`}>{t("unit.donate.item", { n })}</label>
              <select
                id={`item-${row.key}`}
                value={row.itemId}
                aria-invalid={itemError ? true : undefined}
                onChange={(e) => update(row.key, { itemId: e.target.value })}
              >
                <option value="">{t("unit.donate.item.choose")}</option>
                {groups.map((group) => (
                  <optgroup key={group.category} label={t(`unit.itemCategory.${group.category}`)}>
                    {group.items.map((option) => (
                      <option key={option.itemId} value={option.itemId}>
                        {t("unit.itemOption", { name: option.name, unit: option.unitOfMeasure })}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
              {itemError ? (
                <div className="error" role="alert">
                  {itemError}
                </div>
              ) : null}
            </div>
            <div className={`field unit-line-qty${quantityError ? " field-error" : ""}`}>
              <label htmlFor={`qty-${row.key}`}>
                <span className="unit-sr-only">{t("unit.donate.quantity", { n })}</span>
                <span aria-hidden="true">
                  {item ? t("unit.quantityIn", { unit: item.unitOfMeasure }) : t("unit.donate.quantityShort")}
                </span>
              </label>
              <input
                id={`qty-${row.key}`}
                inputMode="decimal"
                autoComplete="off"
                value={row.quantity}
                aria-invalid={quantityError ? true : undefined}
                onChange={(e) => update(row.key, { quantity: e.target.value })}
              />
              {quantityError ? (
                <div className="error" role="alert" data-testid={`error-qty-${n}`}>
                  {quantityError}
                </div>
              ) : null}
            </div>
            {rows.length > 1 ? (
              <button
                type="button"
                className="unit-line-remove"
                aria-label={t("unit.donate.removeLine", { n })}
                onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              >
                ×
              </button>
            ) : null}
          </div>
        );
      })}
      {error ? (
        <div className="error" role="alert" data-testid="error-lines">
          {error}
        </div>
      ) : null}
      <button type="button" className="button unit-line-add" onClick={() => onChange([...rows, blankRow()])}>
        ＋ {t("unit.donate.addLine")}
      </button>
    </fieldset>
  );
}
