import type { TeamMember } from "@cobuild/boards";
import { LogServiceHoursInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { newId } from "../api.ts";
import { localToday } from "../boards/agreements.ts";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { FormAlert, Saved, useFieldMessage } from "./ui.tsx";

/** The leader logs hours a member served (LogServiceHours); staff approve them later. */
export function LogServiceHours(props: { teamId: string; roster: TeamMember[] }) {
  const { t, formatNumber } = useI18n();
  const command = useCommand(["personId", "date", "hours", "activity"]);
  const fieldMessage = useFieldMessage();
  const [personId, setPersonId] = useState("");
  const [date, setDate] = useState(localToday);
  const [hours, setHours] = useState("");
  const [activity, setActivity] = useState("");
  const [saved, setSaved] = useState<string>();
  // Kept until the entry is logged, so a retry after a dropped connection logs it once.
  const [entryId, setEntryId] = useState(newId);
  const id = (name: string) => `hours-${props.teamId}-${name}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    const body = {
      teamId: props.teamId,
      entryId,
      personId,
      date,
      hours: hours.trim() === "" ? Number.NaN : Number(hours),
      activity,
    };
    const ok = await command.submit(`/api/teams/${props.teamId}/hours`, body, LogServiceHoursInput);
    if (ok === undefined) return;
    const name = props.roster.find((m) => m.personId === personId)?.name ?? personId;
    setSaved(t("team.log.saved", { name, hours: formatNumber(body.hours), date }));
    setEntryId(newId());
    setHours("");
    setActivity("");
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={id("title")} className="team-form">
      <h3 id={id("title")}>{t("team.log.title")}</h3>
      <Field id={id("person")} label={t("team.log.member")} error={fieldMessage(command, "personId", true)}>
        <select id={id("person")} value={personId} onChange={(e) => setPersonId(e.target.value)}>
          <option value="">{t("team.person.choose")}</option>
          {props.roster.map((m) => (
            <option key={m.personId} value={m.personId}>
              {m.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="row">
        <Field id={id("date")} label={t("team.log.date")} error={command.fieldError("date")}>
          <input
            id={id("date")}
            type="date"
            value={date}
            max={localToday()}
            onChange={(e) => setDate(e.target.value)}
          />
        </Field>
        <Field
          id={id("hours")}
          label={t("team.log.hours")}
          hint={t("team.log.hoursHint")}
          error={
            hours.trim() === "" && command.errors.hours ? t("error.required") : command.fieldError("hours")
          }
        >
          <input
            id={id("hours")}
            inputMode="decimal"
            autoComplete="off"
            value={hours}
            onChange={(e) => setHours(e.target.value)}
          />
        </Field>
      </div>
      <Field
        id={id("activity")}
        label={t("team.log.activity")}
        error={fieldMessage(command, "activity", true)}
      >
        <input
          id={id("activity")}
          maxLength={200}
          autoComplete="off"
          value={activity}
          onChange={(e) => setActivity(e.target.value)}
        />
      </Field>
      <FormAlert message={command.formError} />
      <Saved message={saved} />
      <button type="submit" className="button button-primary" disabled={command.busy}>
        {command.busy ? t("team.sending") : t("team.log.submit")}
      </button>
    </form>
  );
}
