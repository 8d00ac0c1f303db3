import { useState } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import type { People } from "./people.ts";

const OTHER = "__other__";
/** Past this many people a name filter helps more than scrolling. */
const FILTER_FROM = 30;

/**
 * Picks one person of the community by name. When the list is not the whole register, "someone else"
 * opens a box for a person id, so a leader can still add a newcomer the community registered.
 */
export function PersonPicker(props: {
  id: string;
  label: string;
  people: People;
  /** People who cannot be picked here (already on the roster). */
  exclude: ReadonlySet<string>;
  value: string;
  onChange(personId: string): void;
  error: string | undefined;
}) {
  const { t } = useI18n();
  const { id, people, exclude, value, onChange } = props;
  const [filter, setFilter] = useState("");
  const [typing, setTyping] = useState(false);
  const shown = people.candidates.filter(
    (c) => !exclude.has(c.personId) && (filter === "" || c.name.includes(filter.trim())),
  );
  if (people.loading) return <p className="muted">{t("team.person.loading")}</p>;
  return (
    <>
      {people.candidates.length > FILTER_FROM ? (
        <Field id={`${id}-filter`} label={t("team.person.filter")}>
          <input
            id={`${id}-filter`}
            type="search"
            autoComplete="off"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </Field>
      ) : null}
      <Field
        id={id}
        label={props.label}
        error={typing ? undefined : props.error}
        hint={people.complete ? undefined : t("team.person.partial")}
      >
        <select
          id={id}
          value={typing ? OTHER : value}
          onChange={(e) => {
            const next = e.target.value;
            setTyping(next === OTHER);
            onChange(next === OTHER ? "" : next);
          }}
        >
          <option value="">{t("team.person.choose")}</option>
          {shown.map((c) => (
            <option key={c.personId} value={c.personId}>
              {c.name}（{c.personId}）
            </option>
          ))}
          {people.complete ? null : <option value={OTHER}>{t("team.person.other")}</option>}
        </select>
      </Field>
      {typing ? (
        <Field
          id={`${id}-typed`}
          label={t("team.person.id")}
          hint={t("team.person.idHint")}
          error={props.error}
        >
          <input
            id={`${id}-typed`}
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(e) => onChange(e.target.value.trim())}
          />
        </Field>
      ) : null}
    </>
  );
}
