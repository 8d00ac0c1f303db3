import type { BoardDecision, BoardUnit } from "@cobuild/boards";
import { MarkDecisionDoneInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { localToday } from "../../boards/agreements.ts";
import { FormActions, FormError } from "../../components/form-footer.tsx";
import { useCommand } from "../../components/use-command.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";
import { withRequired } from "../shared/required.ts";

const schema = withRequired(MarkDecisionDoneInput, ["doneOn"]);

/** The decisions of one meeting, soonest deadline first, each markable as done. */
export function DecisionList({
  decisions,
  units,
  meetingDate,
}: {
  decisions: BoardDecision[];
  units: Record<string, BoardUnit>;
  meetingDate: string;
}) {
  const { t } = useI18n();
  if (decisions.length === 0) return <p className="muted">{t("staff.decision.noneYet")}</p>;
  const sorted = [...decisions].sort(
    (a, b) => a.deadline.localeCompare(b.deadline) || a.decisionId.localeCompare(b.decisionId),
  );
  return (
    <ul className="staff-decisions">
      {sorted.map((d) => (
        <DecisionItem key={d.decisionId} decision={d} units={units} meetingDate={meetingDate} />
      ))}
    </ul>
  );
}

function DecisionItem({
  decision,
  units,
  meetingDate,
}: {
  decision: BoardDecision;
  units: Record<string, BoardUnit>;
  meetingDate: string;
}) {
  const { t } = useI18n();
  const today = localToday();
  const command = useCommand(["doneOn", "note"]);
  const [marking, setMarking] = useState(false);
  const [doneOn, setDoneOn] = useState(today);
  const overdue = decision.doneOn === null && decision.deadline < today;
  const names = decision.assignedUnitIds.map((id) => units[id]?.name ?? id).join("、");
  const fieldId = `done-${decision.decisionId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { meetingId: decision.meetingId, decisionId: decision.decisionId, doneOn };
    const url = `/api/meetings/${encodeURIComponent(decision.meetingId)}/decisions/${encodeURIComponent(decision.decisionId)}/done`;
    if (await command.submit(url, body, schema)) setMarking(false);
  };

  return (
    <li className="staff-decision">
      <p className="staff-decision-text">{decision.text}</p>
      <p className="feed-meta">
        {t("staff.decision.assigned", { units: names })} ·{" "}
        {t("staff.decision.deadlineOn", { date: decision.deadline })}
      </p>
      {decision.doneOn ? (
        <span className="chip chip-done">{t("staff.decision.doneOn", { date: decision.doneOn })}</span>
      ) : marking ? (
        <form className="staff-inline-form" onSubmit={submit} noValidate>
          <Field id={fieldId} label={t("staff.decision.doneDate")} error={command.fieldError("doneOn")}>
            <input
              id={fieldId}
              type="date"
              min={meetingDate}
              max={today}
              value={doneOn}
              onChange={(e) => setDoneOn(e.target.value)}
            />
          </Field>
          <FormActions
            busy={command.busy}
            submit={t("staff.decision.confirmDone")}
            cancel={t("staff.common.cancel")}
            onCancel={() => setMarking(false)}
          />
        </form>
      ) : (
        <div className="actions">
          {overdue ? <span className="chip staff-chip-overdue">{t("staff.decision.overdue")}</span> : null}
          <button
            type="button"
            className="button"
            aria-label={t("staff.decision.markOne", { text: decision.text })}
            onClick={() => setMarking(true)}
          >
            {t("staff.decision.mark")}
          </button>
        </div>
      )}
      <FormError message={command.formError} />
    </li>
  );
}
