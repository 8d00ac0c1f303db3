import type { SupermarketItem } from "@cobuild/boards";
import { newId } from "../api.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { parseAmount, type WantedLine } from "./figures.ts";

/** One row of a goods list as typed: the quantity stays text until the form is sent. */
export interface DraftLine {
  key: string;
  itemId: string;
  quantity: string;
}

export const emptyLine = (): DraftLine => ({ key: newId(), itemId: "", quantity: "" });

/** The rows the keeper filled in, as the command takes them; untouched rows are left out. */
export const wantedLines = (drafts: readonly DraftLine[]): WantedLine[] =>
  drafts
    .filter((d) => d.itemId !== "" || d.quantity.trim() !== "")
    .map((d) => ({ itemId: d.itemId, quantity: parseAmount(d.quantity) }));

interface LinesEditorProps {
  id: string;
  lines: DraftLine[];
  onChange(lines: DraftLine[]): void;
  items: readonly SupermarketItem[];
  /** Warn on a row asking for more than is in stock (hand-outs); intake only adds. */
  warnOverStock?: boolean;
  error?: string;
}

/**
 * Rows of item and quantity, each with the item's current stock beside it, live from the board, so the
 * keeper sees what is on the shelf while typing.
 */
export function LinesEditor({ id, lines, onChange, items, warnOverStock, error }: LinesEditorProps) {
  const { t, formatNumber } = useI18n();
  const byId = new Map(items.map((i) => [i.itemId, i]));
  const update = (key: string, patch: Partial<DraftLine>) =>
    onChange(lines.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  return (
    <fieldset
      className={`supermarket-lines${error ? " field-error" : ""}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{t("supermarket.lines.legend")}</legend>
      <ol className="supermarket-line-list">
        {lines.map((line, index) => {
          const n = index + 1;
          const item = byId.get(line.itemId);
          const quantity = parseAmount(line.quantity);
          const over = warnOverStock && item && Number.isFinite(quantity) && quantity > item.stock;
          return (
            <li key={line.key} className="supermarket-line">
              <div className="field supermarket-line-item">
                <label htmlFor={`${id}-item-${n}`}>
                  {t("supermarket.lines.item")}{" "}
                  <span className="supermarket-sr-only">{t("supermarket.lines.row", { n })}</span>
                </label>
                <select
                  id={`${id}-item-${n}`}
                  value={line.itemId}
                  onChange={(e) => update(line.key, { itemId: e.target.value })}
                >
                  <option value="">{t("supermarket.lines.chooseItem")}</option>
                  {items.map((i) => (
                    <option key={i.itemId} value={i.itemId} disabled={warnOverStock && i.stock === 0}>
                      {i.name}（{formatNumber(i.stock)} {i.unitOfMeasure}）
                    </option>
                  ))}
                </select>
              </div>
              <div className="field supermarket-line-qty">
                <label htmlFor={`${id}-qty-${n}`}>
                  {t("supermarket.lines.quantity")}
                  {item ? ` (${item.unitOfMeasure})` : ""}
                </label>
                <input
                  id={`${id}-qty-${n}`}
                  inputMode="decimal"
                  autoComplete="off"
                  value={line.quantity}
                  aria-invalid={over ? true : undefined}
                  aria-describedby={`${id}-stock-${n}`}
                  onChange={(e) => update(line.key, { quantity: e.target.value })}
                />
              </div>
              <button
                type="button"
                className="button supermarket-line-remove"
                aria-label={t("supermarket.lines.remove", { n })}
                disabled={lines.length === 1}
                onClick={() => onChange(lines.filter((l) => l.key !== line.key))}
              >
                ×
              </button>
              <div
                id={`${id}-stock-${n}`}
                className={`supermarket-line-stock${over ? " supermarket-over" : ""}`}
              >
                {item
                  ? over
                    ? t("supermarket.lines.overStock", {
                        stock: formatNumber(item.stock),
                        unit: item.unitOfMeasure,
                      })
                    : t("supermarket.stockOf", { stock: formatNumber(item.stock), unit: item.unitOfMeasure })
                  : ""}
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" onClick={() => onChange([...lines, emptyLine()])}>
        + {t("supermarket.lines.add")}
      </button>
      {error ? (
        <div className="error" id={`${id}-error`} role="alert" data-testid={`error-${id}`}>
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}
