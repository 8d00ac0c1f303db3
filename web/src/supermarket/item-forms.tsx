import type { SupermarketItem } from "@cobuild/boards";
import { AddItemInput, ChangeMinimumStockInput, type ItemCategory, itemCategories } from "@cobuild/domain";
import { type FormEvent, useEffect, useState } from "react";
import { newId } from "../api.ts";
import { FormError } from "../components/form-footer.tsx";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { blankFields, noneBlank } from "./blanks.ts";
import { parseAmount } from "./figures.ts";
import { useLabels } from "./labels.ts";

/** Add an item to the catalogue: what it is, how it is counted, and when it counts as running low. */
export function AddItemForm({ communityId }: { communityId: string }) {
  const { t } = useI18n();
  const labels = useLabels();
  const command = useCommand(["name", "category", "unitOfMeasure", "minimumStock"]);
  const [name, setName] = useState("");
  const [category, setCategory] = useState<ItemCategory | "">("");
  const [unitOfMeasure, setUnitOfMeasure] = useState("");
  const [minimumStock, setMinimumStock] = useState("");
  const [blanks, setBlanks] = useState<Partial<Record<"name" | "category" | "unitOfMeasure", string>>>({});
  const [added, setAdded] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(undefined);
    const missing = blankFields({ name, category, unitOfMeasure }, t("error.required"));
    setBlanks(missing);
    if (!noneBlank(missing) || category === "") return;
    const body = {
      communityId,
      itemId: newId(),
      name,
      category,
      unitOfMeasure,
      minimumStock: parseAmount(minimumStock),
    };
    const result = await command.submit(
      `/api/communities/${communityId}/supermarket/items`,
      body,
      AddItemInput,
    );
    if (result === undefined) return;
    setAdded(t("supermarket.items.added", { name: name.trim() }));
    setName("");
    setUnitOfMeasure("");
    setMinimumStock("");
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="supermarket-add-item-heading"
      className="supermarket-panel"
    >
      <h2 id="supermarket-add-item-heading">{t("supermarket.items.add")}</h2>
      <Field
        id="item-name"
        label={t("supermarket.items.name")}
        error={blanks.name ?? command.fieldError("name")}
      >
        <input
          id="item-name"
          autoComplete="off"
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <Field
        id="item-category"
        label={t("supermarket.items.category")}
        error={blanks.category ?? command.fieldError("category")}
      >
        <select
          id="item-category"
          value={category}
          onChange={(e) => setCategory(e.target.value as ItemCategory | "")}
        >
          <option value="">{t("supermarket.items.chooseCategory")}</option>
          {itemCategories.map((c) => (
            <option key={c} value={c}>
              {labels.itemCategory(c)}
            </option>
          ))}
        </select>
      </Field>
      <div className="row">
        <Field
          id="item-unit"
          label={t("supermarket.items.unitOfMeasure")}
          hint={t("supermarket.items.unitHint")}
          error={blanks.unitOfMeasure ?? command.fieldError("unitOfMeasure")}
        >
          <input
            id="item-unit"
            autoComplete="off"
            maxLength={10}
            value={unitOfMeasure}
            onChange={(e) => setUnitOfMeasure(e.target.value)}
          />
        </Field>
        <Field
          id="item-minimum"
          label={t("supermarket.items.minimumStock")}
          error={command.fieldError("minimumStock")}
        >
          <input
            id="item-minimum"
            inputMode="decimal"
            autoComplete="off"
            value={minimumStock}
            onChange={(e) => setMinimumStock(e.target.value)}
          />
        </Field>
      </div>
      <FormError message={command.formError && `${t("supermarket.failed")}: ${command.formError}`} />
      {added ? (
        <p className="supermarket-ok" role="status">
          {added}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={command.busy}>
        {command.busy ? t("supermarket.saving") : t("supermarket.items.addSubmit")}
      </button>
    </form>
  );
}

/** One item's minimum stock, changed in place. */
export function MinimumStockForm({ communityId, item }: { communityId: string; item: SupermarketItem }) {
  const { t, formatNumber } = useI18n();
  const command = useCommand(["minimumStock"]);
  const [value, setValue] = useState(String(item.minimumStock));
  const [saved, setSaved] = useState(false);
  // When the minimum changes elsewhere (another desk), show the new one unless this one is being edited.
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setValue(String(item.minimumStock));
  }, [item.minimumStock, editing]);
  const id = `minimum-${item.itemId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = { communityId, itemId: item.itemId, minimumStock: parseAmount(value) };
    const url = `/api/communities/${communityId}/supermarket/items/${encodeURIComponent(item.itemId)}/minimum-stock`;
    const result = await command.submit(url, body, ChangeMinimumStockInput);
    if (result === undefined) return;
    setEditing(false);
    setSaved(true);
  };
  const error = command.fieldError("minimumStock") ?? command.formError;
  return (
    <form onSubmit={submit} noValidate className="supermarket-minimum-form">
      <label htmlFor={id} className="supermarket-sr-only">
        {t("supermarket.items.changeMinimum", { name: item.name })}
      </label>
      <span className="supermarket-minimum-caption" aria-hidden="true">
        {t("supermarket.items.minimumStock")}
      </span>
      <input
        id={id}
        inputMode="decimal"
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setEditing(true);
          setSaved(false);
          setValue(e.target.value);
        }}
      />
      <button
        type="submit"
        className="button"
        disabled={command.busy}
        aria-label={`${t("supermarket.items.saveMinimum")} ${t("supermarket.items.changeMinimum", { name: item.name })}`}
      >
        {t("supermarket.items.saveMinimum")}
      </button>
      <span className="supermarket-minimum-status" role="status">
        {saved ? `✓ ${t("supermarket.items.minimumSaved")} (${formatNumber(item.minimumStock)})` : ""}
      </span>
      {error ? (
        <span className="error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
