import type { LedgerContribution } from "@cobuild/boards";
import { CorrectContributionInput } from "@cobuild/domain";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { localToday } from "../boards/agreements.ts";
import { ConfirmImplausible } from "../components/confirm-implausible.tsx";
import { FormActions } from "../components/form-footer.tsx";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { parseAmount } from "./ledger-figures.ts";

const FIELDS = ["quantity", "date", "participants", "note", "reason"] as const;

/**
 * CorrectContribution (更正): the whole entry again, prefilled, plus why. Never an edit: the ledger keeps
 * the history and the community verifies the corrected entry again.
 */
export function CorrectContributionForm(props: {
  contribution: LedgerContribution;
  unitOfMeasure?: string;
  onDone(saved: boolean): void;
}) {
  const { contribution: c, unitOfMeasure, onDone } = props;
  const { t } = useI18n();
  const command = useCommand(FIELDS);
  const [quantity, setQuantity] = useState(String(c.quantity));
  const [date, setDate] = useState(c.date);
  const [participants, setParticipants] = useState(String(c.participants));
  const [note, setNote] = useState(c.note);
  const [reason, setReason] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const id = (field: string) => `correct-${c.contributionId}-${field}`;

  // The reason is the one thing always new, so the keyboard starts there.
  useEffect(() => reasonRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      agreementId: c.agreementId,
      contributionId: c.contributionId,
      quantity: parseAmount(quantity) ?? Number.NaN,
      date,
      participants: parseAmount(participants) ?? 0,
      note,
      reason,
      ...(confirmed ? { confirmed: true } : {}),
    };
    const url = `/api/agreements/${c.agreementId}/contributions/${c.contributionId}/correction`;
    if (await command.submit(url, body, CorrectContributionInput)) onDone(true);
  };

  return (
    <form className="unit-correct-form" onSubmit={submit} noValidate aria-labelledby={id("title")}>
      <h3 id={id("title")}>{t("unit.correct.title")}</h3>
      <p className="muted unit-small">{t("unit.correct.intro")}</p>
      <Field id={id("reason")} label={t("unit.correct.reason")} error={command.fieldError("reason")}>
        <textarea
          id={id("reason")}
          ref={reasonRef}
          rows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <div className="row">
        <Field
          id={id("quantity")}
          label={unitOfMeasure ? t("unit.quantityIn", { unit: unitOfMeasure }) : t("unit.log.quantity")}
          error={command.fieldError("quantity")}
        >
          <input
            id={id("quantity")}
            inputMode="decimal"
            autoComplete="off"
            value={quantity}
            onChange={(e) => {
              setQuantity(e.target.value);
              setConfirmed(false);
            }}
          />
        </Field>
        <Field
          id={id("participants")}
          label={t("unit.log.participants")}
          error={command.fieldError("participants")}
        >
          <input
            id={id("participants")}
            inputMode="numeric"
            autoComplete="off"
            value={participants}
            onChange={(e) => setParticipants(e.target.value)}
          />
        </Field>
      </div>
      <ConfirmImplausible errors={command.errors} checked={confirmed} onChange={setConfirmed} />
      <Field id={id("date")} label={t("unit.log.date")} error={command.fieldError("date")}>
        <input
          id={id("date")}
          type="date"
          value={date}
          max={localToday()}
          onChange={(e) => setDate(e.target.value)}
        />
      </Field>
      <Field id={id("note")} label={t("unit.log.note")} error={command.fieldError("note")}>
        <textarea
          id={id("note")}
          rows={2}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
      {command.formError ? (
        <p className="form-error" role="alert">
          {t("unit.correct.failed", { reason: command.formError })}
        </p>
      ) : null}
      <FormActions
        busy={command.busy}
        submit={command.busy ? t("unit.log.submitting") : t("unit.correct.submit")}
        cancel={t("unit.correct.cancel")}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
