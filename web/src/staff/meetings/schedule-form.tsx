import { ScheduleMeetingInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { newId } from "../../api.ts";
import { localToday } from "../../boards/agreements.ts";
import { FormActions, FormError } from "../../components/form-footer.tsx";
import { useCommand } from "../../components/use-command.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";
import { issuesByPath, withRequired } from "../shared/required.ts";
import { type AgendaRow, AgendaRows } from "./agenda-rows.tsx";

const FIELDS = ["title", "date", "startTime", "place", "agenda"] as const;

/** Scheduling a joint meeting (党建联席会议): title, day, time, place and the agenda. */
export function ScheduleMeetingForm({
  communityId,
  onDone,
  onClose,
}: {
  communityId: string;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const { t, tOr } = useI18n();
  const command = useCommand(FIELDS);
  // One id per intended meeting: a retry after a lost answer finds the meeting already scheduled.
  const [meetingId] = useState(newId);
  const [title, setTitle] = useState("");
  const [date, setDate] = useState(localToday);
  const [startTime, setStartTime] = useState("");
  const [place, setPlace] = useState("");
  const [agenda, setAgenda] = useState<AgendaRow[]>([{ key: 1, title: "", presenter: "" }]);
  const [rowIssues, setRowIssues] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      meetingId,
      communityId,
      title,
      date,
      ...(startTime ? { startTime } : {}),
      place,
      agenda: agenda.map((a) => ({
        title: a.title,
        ...(a.presenter.trim() ? { presenter: a.presenter } : {}),
      })),
    };
    const schema = withRequired(ScheduleMeetingInput, [
      "title",
      "date",
      "place",
      ...agenda.map((_, i) => `agenda.${i}.title`),
    ]);
    setRowIssues(
      Object.fromEntries(Object.entries(issuesByPath(schema, body)).filter(([p]) => p.startsWith("agenda."))),
    );
    const url = `/api/communities/${encodeURIComponent(communityId)}/meetings`;
    if (await command.submit(url, body, schema))
      onDone(t("staff.schedule.done", { title: title.trim(), date }));
  };
  const errorAt = (index: number, field: string) => {
    const code = rowIssues[`agenda.${index}.${field}`];
    return code ? tOr(`error.${code}`, code) : undefined;
  };

  return (
    <form className="staff-panel" onSubmit={submit} noValidate aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{t("staff.schedule.title")}</h2>
      <Field id="meeting-title" label={t("staff.schedule.meetingTitle")} error={command.fieldError("title")}>
        <input id="meeting-title" maxLength={100} value={title} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <div className="row">
        <Field id="meeting-date" label={t("staff.schedule.date")} error={command.fieldError("date")}>
          <input id="meeting-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </Field>
        <Field id="meeting-time" label={t("staff.schedule.time")} error={command.fieldError("startTime")}>
          <input
            id="meeting-time"
            type="time"
            value={startTime}
            onChange={(e) => setStartTime(e.target.value)}
          />
        </Field>
      </div>
      <Field id="meeting-place" label={t("staff.schedule.place")} error={command.fieldError("place")}>
        <input id="meeting-place" maxLength={200} value={place} onChange={(e) => setPlace(e.target.value)} />
      </Field>
      <h3 className="staff-subhead">{t("staff.schedule.agenda")}</h3>
      <AgendaRows
        rows={agenda}
        errorAt={errorAt}
        onChange={(rows) => {
          setRowIssues({});
          setAgenda(rows);
        }}
      />
      <FormError message={command.formError} />
      <FormActions
        busy={command.busy}
        submit={t("staff.schedule.submit")}
        cancel={t("staff.common.cancel")}
        onCancel={onClose}
      />
    </form>
  );
}
