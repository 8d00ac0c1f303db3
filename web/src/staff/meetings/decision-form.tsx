import type { BoardMeeting, BoardUnit } from "@cobuild/boards";
import { RecordDecisionInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { newId } from "../../api.ts";
import { FormActions, FormError } from "../../components/form-footer.tsx";
import { useCommand } from "../../components/use-command.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";
import { withRequired } from "../shared/required.ts";

const schema = withRequired(RecordDecisionInput, ["text", "assignedUnitIds", "deadline"]);

/** 议定事项: what the meeting decided, which units carry it out, and by when. */
export function DecisionForm({
  meeting,
  units,
  onDone,
  onClose,
}: {
  meeting: BoardMeeting;
  units: BoardUnit[];
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const command = useCommand(["text", "assignedUnitIds", "deadline"]);
  const [decisionId] = useState(newId);
  const [text, setText] = useState("");
  const [assigned, setAssigned] = useState<ReadonlySet<string>>(new Set());
  const [deadline, setDeadline] = useState("");
  const id = (f: string) => `decision-${meeting.meetingId}-${f}`;
  const toggle = (unitId: string) =>
    setAssigned((previous) => {
      const next = new Set(previous);
      if (!next.delete(unitId)) next.add(unitId);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      meetingId: meeting.meetingId,
      decisionId,
      text,
      assignedUnitIds: units.filter((u) => assigned.has(u.unitId)).map((u) => u.unitId),
      deadline,
    };
    const url = `/api/meetings/${encodeURIComponent(meeting.meetingId)}/decisions`;
    if (await command.submit(url, body, schema)) onDone(t("staff.decision.done", { text: text.trim() }));
  };
  const unitsError = command.fieldError("assignedUnitIds");

  return (
    <form className="staff-panel" onSubmit={submit} noValidate aria-labelledby={id("heading")}>
      <h4 id={id("heading")}>{t("staff.decision.title")}</h4>
      <Field id={id("text")} label={t("staff.decision.text")} error={command.fieldError("text")}>
        <textarea
          id={id("text")}
          rows={3}
          maxLength={500}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <fieldset className={`staff-unit-picks${unitsError ? " field-error" : ""}`}>
        <legend>{t("staff.decision.units", { n: assigned.size })}</legend>
        <div className="actions">
          <button
            type="button"
            className="link-button staff-link"
            onClick={() => setAssigned(new Set(units.map((u) => u.unitId)))}
          >
            {t("staff.decision.all")}
          </button>
          <button type="button" className="link-button staff-link" onClick={() => setAssigned(new Set())}>
            {t("staff.decision.none")}
          </button>
        </div>
        <div className="staff-unit-pick-grid">
          {units.map((u) => (
            <label key={u.unitId} className="staff-unit-pick">
              <input type="checkbox" checked={assigned.has(u.unitId)} onChange={() => toggle(u.unitId)} />
              {u.name}
            </label>
          ))}
        </div>
        {unitsError ? (
          <p className="error" role="alert">
            {assigned.size === 0 ? t("staff.decision.pickUnits") : unitsError}
          </p>
        ) : null}
      </fieldset>
      <Field id={id("deadline")} label={t("staff.decision.deadline")} error={command.fieldError("deadline")}>
        <input
          id={id("deadline")}
          type="date"
          min={meeting.date}
          value={deadline}
          onChange={(e) => setDeadline(e.target.value)}
        />
      </Field>
      <FormError message={command.formError} />
      <FormActions
        busy={command.busy}
        submit={t("staff.decision.submit")}
        cancel={t("staff.common.cancel")}
        onCancel={onClose}
      />
    </form>
  );
}
