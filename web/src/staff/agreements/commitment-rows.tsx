import { type CommitmentCategory, commitmentCategories } from "@cobuild/domain";
import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";
import { type CommitmentRow, emptyRow } from "./draft-model.ts";

interface Props {
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  rows: CommitmentRow[];
  termEnd: string;
  onChange: (rows: CommitmentRow[]) => void;
  /** The translated error at `commitments.<index>.<field>`, if any. */
  errorAt: (index: number, field: string) => string | undefined;
}

/** The commitments (承诺事项) of a draft: one row each, added and removed freely, at least one. */
export function CommitmentRows({ idPrefix, rows, termEnd, onChange, errorAt }: Props) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<CommitmentRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <div className="staff-rows">
      {rows.map((row, index) => {
        const id = (field: string) => `${idPrefix}-c${index}-${field}`;
        const n = index + 1;
        return (
          <fieldset key={row.commitmentId} className="staff-row">
            <legend>{t("staff.draft.commitmentN", { n })}</legend>
            <div className="staff-row-grid">
              <Field id={id("category")} label={t("staff.draft.category")} error={errorAt(index, "category")}>
                <select
                  id={id("category")}
                  value={row.category}
                  onChange={(e) => update(index, { category: e.target.value as CommitmentCategory | "" })}
                >
                  <option value="">{t("staff.common.choose")}</option>
                  {commitmentCategories.map((c) => (
                    <option key={c} value={c}>
                      {t(`category.${c}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field
                id={id("description")}
                label={t("staff.draft.description")}
                error={errorAt(index, "description")}
              >
                <input
                  id={id("description")}
                  maxLength={200}
                  value={row.description}
                  onChange={(e) => update(index, { description: e.target.value })}
                />
              </Field>
              <Field
                id={id("target")}
                label={t("staff.draft.target")}
                error={errorAt(index, "targetQuantity")}
              >
                <input
                  id={id("target")}
                  inputMode="decimal"
                  autoComplete="off"
                  value={row.target}
                  onChange={(e) => update(index, { target: e.target.value })}
                />
              </Field>
              <Field
                id={id("uom")}
                label={t("staff.draft.unitOfMeasure")}
                hint={t("staff.draft.unitOfMeasureHint")}
                error={errorAt(index, "unitOfMeasure")}
              >
                <input
                  id={id("uom")}
                  maxLength={20}
                  value={row.unitOfMeasure}
                  onChange={(e) => update(index, { unitOfMeasure: e.target.value })}
                />
              </Field>
              <Field id={id("due")} label={t("staff.draft.dueDate")} error={errorAt(index, "dueDate")}>
                <input
                  id={id("due")}
                  type="date"
                  value={row.dueDate}
                  onChange={(e) => update(index, { dueDate: e.target.value })}
                />
              </Field>
            </div>
            <button
              type="button"
              className="button staff-row-remove"
              disabled={rows.length <= 1}
              aria-label={t("staff.draft.removeN", { n })}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              {t("staff.draft.remove")}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button" onClick={() => onChange([...rows, emptyRow(rows, termEnd)])}>
        {t("staff.draft.add")}
      </button>
    </div>
  );
}
