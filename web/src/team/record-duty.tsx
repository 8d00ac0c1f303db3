import { dutyHours, RecordDutyInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { newId } from "../api.ts";
import { localToday } from "../boards/agreements.ts";
import { FormActions } from "../components/form-footer.tsx";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { FormAlert, Saved } from "./ui.tsx";

/** Records one duty (履职记录) under a claim: the day, check-in and check-out (RecordDuty). */
export function RecordDutyForm(props: { postId: string; claimId: string; label: string; onCancel(): void }) {
  const { t, formatNumber } = useI18n();
  const command = useCommand(["date", "checkIn", "checkOut", "note"]);
  const [date, setDate] = useState(localToday);
  const [checkIn, setCheckIn] = useState("");
  const [checkOut, setCheckOut] = useState("");
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState<string>();
  // Kept until recorded, so a retry after a dropped connection records the duty once.
  const [dutyId, setDutyId] = useState(newId);
  const id = (name: string) => `duty-${props.claimId}-${name}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    const body = { postId: props.postId, claimId: props.claimId, dutyId, date, checkIn, checkOut, note };
    const url = `/api/posts/${props.postId}/claims/${props.claimId}/duties`;
    if ((await command.submit(url, body, RecordDutyInput)) === undefined) return;
    setSaved(t("team.duty.saved", { date, hours: formatNumber(dutyHours(checkIn, checkOut)) }));
    setDutyId(newId());
    setCheckIn("");
    setCheckOut("");
    setNote("");
  };

  return (
    <form onSubmit={submit} noValidate className="team-inline-form" aria-label={props.label}>
      <Field id={id("date")} label={t("team.duty.date")} error={command.fieldError("date")}>
        <input
          id={id("date")}
          type="date"
          value={date}
          max={localToday()}
          onChange={(e) => setDate(e.target.value)}
        />
      </Field>
      <div className="row">
        <Field id={id("in")} label={t("team.duty.checkIn")} error={command.fieldError("checkIn")}>
          <input id={id("in")} type="time" value={checkIn} onChange={(e) => setCheckIn(e.target.value)} />
        </Field>
        <Field id={id("out")} label={t("team.duty.checkOut")} error={command.fieldError("checkOut")}>
          <input id={id("out")} type="time" value={checkOut} onChange={(e) => setCheckOut(e.target.value)} />
        </Field>
      </div>
      <Field id={id("note")} label={t("team.duty.note")} error={command.fieldError("note")}>
        <input
          id={id("note")}
          maxLength={500}
          autoComplete="off"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
      <FormAlert message={command.formError} />
      <Saved message={saved} />
      <FormActions
        busy={command.busy}
        submit={t("team.duty.submit")}
        cancel={t("team.cancel")}
        onCancel={props.onCancel}
      />
    </form>
  );
}
