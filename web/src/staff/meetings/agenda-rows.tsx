import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";

/** One agenda item as typed; the key keeps React's rows steady as items come and go. */
export interface AgendaRow {
  key: number;
  title: string;
  presenter: string;
}

/** The agenda of a meeting being scheduled: at least one item, each with who presents it if known. */
export function AgendaRows({
  rows,
  onChange,
  errorAt,
}: {
  rows: AgendaRow[];
  onChange: (rows: AgendaRow[]) => void;
  errorAt: (index: number, field: "title" | "presenter") => string | undefined;
}) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<AgendaRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const nextKey = Math.max(0, ...rows.map((r) => r.key)) + 1;
  return (
    <div className="staff-rows">
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          <fieldset key={row.key} className="staff-row">
            <legend>{t("staff.schedule.itemN", { n })}</legend>
            <div className="staff-row-grid staff-row-grid-2">
              <Field
                id={`agenda-${row.key}-title`}
                label={t("staff.schedule.itemTitle")}
                error={errorAt(index, "title")}
              >
                <input
                  id={`agenda-${row.key}-title`}
                  maxLength={200}
                  value={row.title}
                  onChange={(e) => update(index, { title: e.target.value })}
                />
              </Field>
              <Field
                id={`agenda-${row.key}-presenter`}
                label={t("staff.schedule.presenter")}
                error={errorAt(index, "presenter")}
              >
                <input
                  id={`agenda-${row.key}-presenter`}
                  maxLength={100}
                  value={row.presenter}
                  onChange={(e) => update(index, { presenter: e.target.value })}
                />
              </Field>
            </div>
            <button
              type="button"
              className="button staff-row-remove"
              disabled={rows.length <= 1}
              aria-label={t("staff.schedule.removeN", { n })}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              {t("staff.draft.remove")}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button"
        onClick={() => onChange([...rows, { key: nextKey, title: "", presenter: "" }])}
      >
        {t("staff.schedule.addItem")}
      </button>
    </div>
  );
}
