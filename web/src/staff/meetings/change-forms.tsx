import type { BoardMeeting } from "@cobuild/boards";
import { CancelMeetingInput, RescheduleMeetingInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { localToday } from "../../boards/agreements.ts";
import { FormActions, FormError } from "../../components/form-footer.tsx";
import { useCommand } from "../../components/use-command.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";
import { withRequired } from "../shared/required.ts";

interface ChangeProps {
  meeting: BoardMeeting;
  onDone: (message: string) => void;
  onClose: () => void;
}

const meetingUrl = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}`;
const rescheduleSchema = withRequired(RescheduleMeetingInput, ["date", "place"]);
const cancelSchema = withRequired(CancelMeetingInput, ["reason"]);

/** Moving a meeting that has not been held: new day, start time and place. */
export function RescheduleForm({ meeting, onDone, onClose }: ChangeProps) {
  const { t } = useI18n();
  const command = useCommand(["date", "startTime", "place"]);
  const [date, setDate] = useState(meeting.date);
  const [startTime, setStartTime] = useState(meeting.startTime ?? "");
  const [place, setPlace] = useState(meeting.place);
  const id = (f: string) => `reschedule-${meeting.meetingId}-${f}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { meetingId: meeting.meetingId, date, ...(startTime ? { startTime } : {}), place };
    if (await command.submit(`${meetingUrl(meeting.meetingId)}/reschedule`, body, rescheduleSchema)) {
      onDone(t("staff.reschedule.done", { title: meeting.title, date }));
    }
  };
  return (
    <form className="staff-panel" onSubmit={submit} noValidate aria-labelledby={id("heading")}>
      <h3 id={id("heading")}>{t("staff.reschedule.title", { title: meeting.title })}</h3>
      <div className="row">
        <Field id={id("date")} label={t("staff.schedule.date")} error={command.fieldError("date")}>
          <input
            id={id("date")}
            type="date"
            min={localToday()}
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </Field>
        <Field id={id("time")} label={t("staff.schedule.time")} error={command.fieldError("startTime")}>
          <input
            id={id("time")}
            type="time"
            value={startTime}
            onChange={(e) => setStartTime(e.target.value)}
          />
        </Field>
      </div>
      <Field id={id("place")} label={t("staff.schedule.place")} error={command.fieldError("place")}>
        <input id={id("place")} maxLength={200} value={place} onChange={(e) => setPlace(e.target.value)} />
      </Field>
      <FormError message={command.formError} />
      <FormActions
        busy={command.busy}
        submit={t("staff.reschedule.submit")}
        cancel={t("staff.common.cancel")}
        onCancel={onClose}
      />
    </form>
  );
}

/** Calling a meeting off, saying why, so the members know. */
export function CancelMeetingForm({ meeting, onDone, onClose }: ChangeProps) {
  const { t } = useI18n();
  const command = useCommand(["reason"]);
  const [reason, setReason] = useState("");
  const id = (f: string) => `cancel-${meeting.meetingId}-${f}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { meetingId: meeting.meetingId, reason };
    if (await command.submit(`${meetingUrl(meeting.meetingId)}/cancellation`, body, cancelSchema)) {
      onDone(t("staff.cancel.done", { title: meeting.title }));
    }
  };
  return (
    <form
      className="staff-panel staff-panel-warn"
      onSubmit={submit}
      noValidate
      aria-labelledby={id("heading")}
    >
      <h3 id={id("heading")}>{t("staff.cancel.title", { title: meeting.title })}</h3>
      <Field id={id("reason")} label={t("staff.cancel.reason")} error={command.fieldError("reason")}>
        <textarea
          id={id("reason")}
          rows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <FormError message={command.formError} />
      <FormActions
        busy={command.busy}
        submit={t("staff.cancel.submit")}
        cancel={t("staff.cancel.keep")}
        onCancel={onClose}
      />
    </form>
  );
}
