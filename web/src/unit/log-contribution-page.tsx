import type { BoardAgreement, BoardCommitment, UnitLedger } from "@cobuild/boards";
import { LogContributionInput } from "@cobuild/domain";
import { type FormEvent, useRef, useState } from "react";
import { Link } from "react-router";
import { newId } from "../api.ts";
import { localToday } from "../boards/agreements.ts";
import { ConfirmImplausible } from "../components/confirm-implausible.tsx";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { paths } from "../routes.ts";
import { CommitmentChoice } from "./commitment-choice.tsx";
import { commitmentsOpenFirst, parseAmount, runningAgreement } from "./ledger-figures.ts";
import { LedgerGate } from "./ledger-gate.tsx";
import { SavedPanel } from "./saved-panel.tsx";

const FIELDS = ["commitmentId", "quantity", "date", "participants", "note"] as const;

/** The liaison's form (联络员登记贡献): built for a phone, done in under a minute. */
export function LogContributionPage() {
  return <LedgerGate>{(ledger) => <LogContribution ledger={ledger} />}</LedgerGate>;
}

function LogContribution({ ledger }: { ledger: UnitLedger }) {
  const { t } = useI18n();
  const agreement = runningAgreement(ledger, localToday());
  const signed = agreement?.status === "signed" ? agreement : undefined;
  return (
    <div className="form-page unit-form-page">
      <h1>{t("unit.log.title")}</h1>
      <p className="muted">
        {signed ? t("unit.log.for", { unit: ledger.name, agreement: signed.title }) : ledger.name}
      </p>
      {signed ? (
        <LogForm ledger={ledger} agreement={signed} />
      ) : (
        <>
          <p className="notice">{t("unit.log.noAgreement")}</p>
          <Link className="button unit-back" to={paths.unitLedger(ledger.unitId)}>
            {t("unit.log.back")}
          </Link>
        </>
      )}
    </div>
  );
}

/** The only open commitment is chosen already; with several, the liaison picks one. */
const defaultCommitment = (agreement: BoardAgreement): string => {
  const open = commitmentsOpenFirst(agreement).filter((c) => c.fulfilledOn === null);
  return open.length === 1 && open[0] ? open[0].commitmentId : "";
};

/** An empty choice fails the id's format rules; say "required" rather than "too short". */
const commitmentError = (
  code: string | undefined,
  translated: string | undefined,
  t: (key: "error.required") => string,
): string | undefined =>
  code === "too_small" || code === "invalid_format" ? t("error.required") : translated;

function LogForm({ ledger, agreement }: { ledger: UnitLedger; agreement: BoardAgreement }) {
  const { t, formatNumber } = useI18n();
  const command = useCommand(FIELDS);
  const [commitmentId, setCommitmentId] = useState(() => defaultCommitment(agreement));
  const [quantity, setQuantity] = useState("");
  const [date, setDate] = useState(localToday);
  const [participants, setParticipants] = useState("");
  const [note, setNote] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  // One id per intended contribution: a resubmit after a dropped connection cannot log it twice.
  const [contributionId, setContributionId] = useState(newId);
  const [saved, setSaved] = useState<string>();
  const quantityRef = useRef<HTMLInputElement>(null);
  const commitment: BoardCommitment | undefined = agreement.commitments[commitmentId];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      agreementId: agreement.agreementId,
      contributionId,
      commitmentId,
      quantity: parseAmount(quantity) ?? Number.NaN,
      date,
      participants: parseAmount(participants) ?? 0,
      note,
      ...(confirmed ? { confirmed: true } : {}),
    };
    const url = `/api/agreements/${agreement.agreementId}/contributions`;
    if (await command.submit(url, body, LogContributionInput)) {
      setSaved(
        `${commitment?.description ?? ""} +${formatNumber(body.quantity)} ${commitment?.unitOfMeasure ?? ""}`,
      );
    }
  };

  const another = () => {
    setSaved(undefined);
    setQuantity("");
    setParticipants("");
    setNote("");
    setConfirmed(false);
    setContributionId(newId());
    command.reset();
  };

  if (saved) {
    return (
      <SavedPanel
        unitId={ledger.unitId}
        message={t("unit.log.saved", { what: saved })}
        another={t("unit.log.another")}
        onAnother={another}
      >
        <p className="muted">{t("unit.log.savedHint")}</p>
      </SavedPanel>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="unit-form">
      <CommitmentChoice
        agreement={agreement}
        value={commitmentId}
        error={commitmentError(command.errors.commitmentId?.code, command.fieldError("commitmentId"), t)}
        onChange={(id) => {
          setCommitmentId(id);
          quantityRef.current?.focus();
        }}
      />
      <div className="row">
        <Field
          id="quantity"
          label={
            commitment ? t("unit.quantityIn", { unit: commitment.unitOfMeasure }) : t("unit.log.quantity")
          }
          error={command.fieldError("quantity")}
        >
          <input
            id="quantity"
            ref={quantityRef}
            inputMode="decimal"
            enterKeyHint="next"
            autoComplete="off"
            value={quantity}
            onChange={(e) => {
              setQuantity(e.target.value);
              setConfirmed(false);
            }}
          />
        </Field>
        <Field
          id="participants"
          label={t("unit.log.participants")}
          error={command.fieldError("participants")}
        >
          <input
            id="participants"
            inputMode="numeric"
            enterKeyHint="next"
            autoComplete="off"
            value={participants}
            onChange={(e) => setParticipants(e.target.value)}
          />
        </Field>
      </div>
      {/* Right under the figures it is about, above the sticky submit bar. */}
      <ConfirmImplausible errors={command.errors} checked={confirmed} onChange={setConfirmed} />
      <Field id="date" label={t("unit.log.date")} error={command.fieldError("date")}>
        <input
          id="date"
          type="date"
          value={date}
          min={agreement.termStart}
          max={localToday()}
          onChange={(e) => setDate(e.target.value)}
        />
      </Field>
      <Field id="note" label={t("unit.log.note")} error={command.fieldError("note")}>
        <textarea id="note" rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div className="unit-submit-bar">
        {command.formError ? (
          <p className="form-error" role="alert">
            {t("unit.failed", { reason: command.formError })}
          </p>
        ) : null}
        <button type="submit" className="button button-primary button-block" disabled={command.busy}>
          {command.busy ? t("unit.log.submitting") : t("unit.log.submit")}
        </button>
      </div>
    </form>
  );
}
