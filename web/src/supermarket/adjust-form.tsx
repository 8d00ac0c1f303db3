import type { SupermarketItem } from "@cobuild/boards";
import { type AdjustmentReason, AdjustStockInput, adjustmentReasons } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { newId } from "../api.ts";
import { FormError } from "../components/form-footer.tsx";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { parseAmount } from "./figures.ts";

interface AdjustFormProps {
  communityId: string;
  items: readonly SupermarketItem[];
  itemsById: Readonly<Record<string, SupermarketItem>>;
}

/** Correct the stock (库存调整): remove damaged or expired goods, or set what a stock-take counted. */
export function AdjustForm({ communityId, items, itemsById }: AdjustFormProps) {
  const { t, tOr, formatNumber } = useI18n();
  const command = useCommand<{ delta?: number; stockAfter?: number }>([
    "itemId",
    "reason",
    "quantity",
    "note",
  ]);
  const [adjustmentId, setAdjustmentId] = useState(newId);
  const [itemId, setItemId] = useState("");
  const [reason, setReason] = useState<AdjustmentReason>("damage");
  const [quantity, setQuantity] = useState("");
  const [note, setNote] = useState("");
  const [unchosen, setUnchosen] = useState<string>();
  const [done, setDone] = useState<string>();
  const item = itemsById[itemId];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setUnchosen(itemId === "" ? t("error.required") : undefined);
    if (itemId === "") return;
    const body = { communityId, adjustmentId, itemId, reason, quantity: parseAmount(quantity), note };
    const result = await command.submit(
      `/api/communities/${communityId}/supermarket/adjustments`,
      body,
      AdjustStockInput,
    );
    if (!result) return;
    const delta = result.delta ?? 0;
    setDone(
      t("supermarket.adjust.done", {
        name: item?.name ?? itemId,
        after: formatNumber(result.stockAfter ?? 0),
        unit: item?.unitOfMeasure ?? "",
        delta: `${delta > 0 ? "+" : ""}${formatNumber(delta)}`,
      }),
    );
  };

  const again = () => {
    setDone(undefined);
    setAdjustmentId(newId());
    setQuantity("");
    setNote("");
    command.reset();
  };

  if (done) {
    return (
      <div className="saved" role="status">
        <p className="supermarket-done">{done}</p>
        <button type="button" className="button button-primary" onClick={again}>
          {t("supermarket.adjust.again")}
        </button>
      </div>
    );
  }

  const counting = reason === "stock_take";
  return (
    <form onSubmit={submit} noValidate aria-label={t("supermarket.counter.tab.adjust")}>
      <Field
        id="adjust-item"
        label={t("supermarket.adjust.item")}
        error={unchosen ?? command.fieldError("itemId")}
        hint={
          item
            ? t("supermarket.stockOf", { stock: formatNumber(item.stock), unit: item.unitOfMeasure })
            : undefined
        }
      >
        <select id="adjust-item" value={itemId} onChange={(e) => setItemId(e.target.value)}>
          <option value="">{t("supermarket.lines.chooseItem")}</option>
          {items.map((i) => (
            <option key={i.itemId} value={i.itemId}>
              {i.name}（{formatNumber(i.stock)} {i.unitOfMeasure}）
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="supermarket-choice">
        <legend>{t("supermarket.adjust.reason")}</legend>
        {adjustmentReasons.map((r) => (
          <label key={r} className="supermarket-choice-option">
            <input
              type="radio"
              name="adjust-reason"
              value={r}
              checked={reason === r}
              onChange={() => setReason(r)}
            />
            {tOr(`supermarket.reason.${r}`, r)}
          </label>
        ))}
      </fieldset>
      <Field
        id="adjust-quantity"
        label={`${counting ? t("supermarket.adjust.counted") : t("supermarket.adjust.removed")}${item ? ` (${item.unitOfMeasure})` : ""}`}
        hint={counting ? t("supermarket.adjust.countedHint") : undefined}
        error={command.fieldError("quantity")}
      >
        <input
          id="adjust-quantity"
          inputMode="decimal"
          autoComplete="off"
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
        />
      </Field>
      <Field
        id="adjust-note"
        label={t("supermarket.adjust.note")}
        hint={counting ? undefined : t("supermarket.adjust.noteHint")}
        error={command.fieldError("note")}
      >
        <textarea
          id="adjust-note"
          rows={2}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
      <FormError message={command.formError && `${t("supermarket.failed")}: ${command.formError}`} />
      <button type="submit" className="button button-primary button-block" disabled={command.busy}>
        {command.busy ? t("supermarket.saving") : t("supermarket.adjust.submit")}
      </button>
    </form>
  );
}
