import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import type { ScheduleDraft, ScheduleField } from "./schedule.ts";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The schedule of a post: a period (from–to, e.g. the flood season) or set weekdays and hours from a
 * date, open-ended unless an end date is given. Each message sits next to its input.
 */
export function ScheduleFields(props: {
  draft: ScheduleDraft;
  onChange(draft: ScheduleDraft): void;
  errors: Partial<Record<ScheduleField, string>>;
  /** A schedule problem no single input owns. */
  error: string | undefined;
}) {
  const { t, tOr } = useI18n();
  const { draft, onChange, errors } = props;
  const set = (patch: Partial<ScheduleDraft>) => onChange({ ...draft, ...patch });
  const message = (field: ScheduleField) => {
    const code = errors[field];
    if (!code) return undefined;
    // An empty date or time fails its format check; what it needs is a value.
    const value = draft[field];
    return typeof value === "string" && value === "" ? t("error.required") : tOr(`error.${code}`, code);
  };
  const toggle = (day: number) =>
    set({
      weekdays: draft.weekdays.includes(day)
        ? draft.weekdays.filter((d) => d !== day)
        : [...draft.weekdays, day],
    });
  return (
    <fieldset className="team-fieldset">
      <legend>{t("team.open.schedule")}</legend>
      <div className="team-radios" role="radiogroup" aria-label={t("team.open.scheduleKind")}>
        {(["recurring", "period"] as const).map((kind) => (
          <label key={kind} className="team-radio">
            <input
              type="radio"
              name="schedule-kind"
              value={kind}
              checked={draft.kind === kind}
              onChange={() => set({ kind })}
            />
            {t(kind === "period" ? "team.open.kindPeriod" : "team.open.kindRecurring")}
          </label>
        ))}
      </div>
      {draft.kind === "recurring" ? (
        <>
          <fieldset
            className="team-weekdays"
            aria-describedby={errors.weekdays ? "schedule-weekdays-error" : undefined}
          >
            <legend>{t("team.open.weekdays")}</legend>
            {WEEKDAYS.map((day) => (
              <label key={day} className="team-weekday">
                <input type="checkbox" checked={draft.weekdays.includes(day)} onChange={() => toggle(day)} />
                <span aria-hidden="true">{tOr(`team.weekday.${day}`, String(day))}</span>
                <span className="team-sr-only">{tOr(`team.weekdayLong.${day}`, String(day))}</span>
              </label>
            ))}
            {errors.weekdays ? (
              <div className="error" id="schedule-weekdays-error" role="alert">
                {errors.weekdays === "too_small" ? t("team.open.weekdaysRequired") : message("weekdays")}
              </div>
            ) : null}
          </fieldset>
          <div className="row">
            <Field id="schedule-start" label={t("team.open.startTime")} error={message("startTime")}>
              <input
                id="schedule-start"
                type="time"
                value={draft.startTime}
                onChange={(e) => set({ startTime: e.target.value })}
              />
            </Field>
            <Field id="schedule-end" label={t("team.open.endTime")} error={message("endTime")}>
              <input
                id="schedule-end"
                type="time"
                value={draft.endTime}
                onChange={(e) => set({ endTime: e.target.value })}
              />
            </Field>
          </div>
        </>
      ) : null}
      <div className="row">
        <Field id="schedule-from" label={t("team.open.from")} error={message("from")}>
          <input
            id="schedule-from"
            type="date"
            value={draft.from}
            onChange={(e) => set({ from: e.target.value })}
          />
        </Field>
        <Field
          id="schedule-to"
          label={draft.kind === "period" ? t("team.open.to") : t("team.open.toOptional")}
          {...(draft.kind === "recurring" ? { hint: t("team.open.toHint") } : {})}
          error={message("to")}
        >
          <input
            id="schedule-to"
            type="date"
            value={draft.to}
            min={draft.from}
            onChange={(e) => set({ to: e.target.value })}
          />
        </Field>
      </div>
      {props.error ? (
        <div className="error" role="alert">
          {props.error}
        </div>
      ) : null}
    </fieldset>
  );
}
