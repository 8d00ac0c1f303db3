import { boardIdOf, SUPERMARKET_BOARD, type SupermarketBoard, type UnitLedger } from "@cobuild/boards";
import { RecordDonationInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { newId } from "../api.ts";
import { localToday } from "../boards/agreements.ts";
import { useBoard } from "../boards/use-board.ts";
import { ConfirmImplausible } from "../components/confirm-implausible.tsx";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { DonationLineEditor } from "./donation-line-editor.tsx";
import { blankRow, type DonationRow, type RowIssue, rowsToLines } from "./donation-lines.ts";
import { parseAmount } from "./ledger-figures.ts";
import { LedgerGate } from "./ledger-gate.tsx";
import { SavedPanel } from "./saved-panel.tsx";

const FIELDS = ["lines", "money", "receivedOn", "note"] as const;

/**
 * A donation in the unit's name (单位捐赠): goods from the catalogue and/or money. It waits for the
 * supermarket's keeper to confirm the goods arrived, who then issues the receipt number (the unit's
 * ledger shows it). Someone who also keeps the supermarket gets the receipt at once.
 */
export function RecordDonationPage() {
  return <LedgerGate>{(ledger) => <RecordDonation ledger={ledger} />}</LedgerGate>;
}

/** What the API answered: waiting for the keeper, or received with its receipt number. */
interface Outcome {
  status?: "pending" | "received";
  receiptNo?: string;
}

function RecordDonation({ ledger }: { ledger: UnitLedger }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>();
  const [round, setRound] = useState(0);
  const receiptNo = outcome?.status === "received" ? outcome.receiptNo : undefined;
  return (
    <div className="form-page unit-form-page">
      <h1>{t("unit.donate.title")}</h1>
      <p className="muted">
        {ledger.name} · {t("unit.donate.intro")}
      </p>
      {outcome ? (
        <SavedPanel
          unitId={ledger.unitId}
          message={receiptNo ? t("unit.donate.saved") : t("unit.donate.pending")}
          another={t("unit.donate.another")}
          onAnother={() => {
            setOutcome(undefined);
            setRound((r) => r + 1);
          }}
        >
          {receiptNo ? (
            <p className="unit-receipt">
              <span className="unit-receipt-label">{t("unit.donate.receipt")}</span>
              <strong className="unit-receipt-no" data-testid="receipt-no">
                {receiptNo}
              </strong>
            </p>
          ) : (
            <p className="unit-small">{t("unit.donate.pendingHint")}</p>
          )}
        </SavedPanel>
      ) : (
        // A fresh form (and donation id) for every donation.
        <DonationForm key={round} ledger={ledger} onSaved={setOutcome} />
      )}
    </div>
  );
}

function DonationForm({ ledger, onSaved }: { ledger: UnitLedger; onSaved(outcome: Outcome): void }) {
  const { t } = useI18n();
  const supermarket = useBoard<SupermarketBoard>(boardIdOf(SUPERMARKET_BOARD, ledger.communityId));
  const command = useCommand<Outcome>(FIELDS);
  const [rows, setRows] = useState<DonationRow[]>(() => [blankRow()]);
  const [issues, setIssues] = useState<Record<string, RowIssue>>({});
  const [money, setMoney] = useState("");
  const [receivedOn, setReceivedOn] = useState(localToday);
  const [note, setNote] = useState("");
  const [confirmed, setConfirmed] = useState(false);
  // One id per intended donation: a resubmit after a dropped connection cannot record it twice.
  const [donationId] = useState(newId);
  const items = Object.values(supermarket.board?.data.items ?? {});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { lines, issues: found } = rowsToLines(rows);
    setIssues(found);
    if (Object.keys(found).length > 0) return;
    const amount = parseAmount(money);
    const body = {
      communityId: ledger.communityId,
      donationId,
      receivedOn,
      donor: { kind: "unit" as const, unitId: ledger.unitId },
      lines,
      ...(amount === undefined ? {} : { money: amount }),
      note,
      ...(confirmed ? { confirmed: true } : {}),
    };
    const url = `/api/communities/${ledger.communityId}/supermarket/donations`;
    const result = await command.submit(url, body, RecordDonationInput);
    if (result) onSaved(result);
  };

  return (
    <form onSubmit={submit} noValidate className="unit-form">
      {items.length > 0 ? (
        <DonationLineEditor
          items={items}
          rows={rows}
          issues={issues}
          error={command.fieldError("lines")}
          onChange={(next) => {
            setRows(next);
            setConfirmed(false);
          }}
        />
      ) : (
        <>
          <p className="notice" role="status">
            {supermarket.board || supermarket.missing || supermarket.refused
              ? t("unit.donate.noCatalogue")
              : t("unit.donate.loadingCatalogue")}
          </p>
          {command.fieldError("lines") ? (
            <p className="form-error" role="alert">
              {command.fieldError("lines")}
            </p>
          ) : null}
        </>
      )}
      <div className="row">
        <Field id="money" label={t("unit.donate.money")} error={command.fieldError("money")}>
          <input
            id="money"
            inputMode="decimal"
            autoComplete="off"
            value={money}
            onChange={(e) => {
              setMoney(e.target.value);
              setConfirmed(false);
            }}
          />
        </Field>
        <Field id="receivedOn" label={t("unit.donate.date")} error={command.fieldError("receivedOn")}>
          <input
            id="receivedOn"
            type="date"
            value={receivedOn}
            max={localToday()}
            onChange={(e) => setReceivedOn(e.target.value)}
          />
        </Field>
      </div>
      {/* Right under the figures it is about, above the sticky submit bar. */}
      <ConfirmImplausible errors={command.errors} checked={confirmed} onChange={setConfirmed} />
      <Field id="note" label={t("unit.donate.note")} error={command.fieldError("note")}>
        <textarea id="note" rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div className="unit-submit-bar">
        {command.formError ? (
          <p className="form-error" role="alert">
            {t("unit.failed", { reason: command.formError })}
          </p>
        ) : null}
        <button type="submit" className="button button-primary button-block" disabled={command.busy}>
          {command.busy ? t("unit.donate.submitting") : t("unit.donate.submit")}
        </button>
      </div>
    </form>
  );
}
