import type { SupermarketPending } from "@cobuild/boards";
import { AcceptDonationInput, DeclineDonationInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { localToday } from "../boards/agreements.ts";
import { ConfirmImplausible } from "../components/confirm-implausible.tsx";
import { FormActions, FormError } from "../components/form-footer.tsx";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { parseAmount } from "./figures.ts";
import { useLabels } from "./labels.ts";

/** What the keeper last settled, announced where the list was. */
type Settled = { kind: "accepted"; donor: string; receiptNo: string } | { kind: "declined"; donor: string };

/**
 * Donations units' liaisons recorded (登记), waiting for the keeper: confirm they arrived (确认收到, which
 * issues the receipt) or say they never came (未收到, with the reason). Oldest first: a queue.
 */
export function PendingDonations({
  communityId,
  pending,
}: {
  communityId: string;
  pending: Readonly<Record<string, SupermarketPending>>;
}) {
  const { t } = useI18n();
  const [settled, setSettled] = useState<Settled>();
  const queue = Object.values(pending).sort((a, b) => a.announcedAt.localeCompare(b.announcedAt));
  return (
    <section className="supermarket-pending" aria-labelledby="supermarket-pending-heading">
      <h2 id="supermarket-pending-heading">{t("supermarket.pending.heading")}</h2>
      <p className="hint">{t("supermarket.pending.hint")}</p>
      {settled ? (
        <p className="saved" role="status">
          {settled.kind === "accepted" ? (
            <>
              {t("supermarket.pending.accepted", { donor: settled.donor })}{" "}
              <strong data-testid="receipt-no">{settled.receiptNo}</strong>
            </>
          ) : (
            t("supermarket.pending.declined", { donor: settled.donor })
          )}
        </p>
      ) : null}
      {queue.length === 0 ? (
        <p className="muted">{t("supermarket.pending.empty")}</p>
      ) : (
        <ul className="supermarket-pending-list" aria-label={t("supermarket.counter.tab.pending")}>
          {queue.map((donation) => (
            <PendingItem
              key={donation.donationId}
              communityId={communityId}
              donation={donation}
              onSettled={setSettled}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function PendingItem({
  communityId,
  donation,
  onSettled,
}: {
  communityId: string;
  donation: SupermarketPending;
  onSettled(settled: Settled): void;
}) {
  const { t } = useI18n();
  const labels = useLabels();
  const [mode, setMode] = useState<"idle" | "accepting" | "declining">("idle");
  const donor = labels.donor(donation.donor);
  const what = [
    donor,
    labels.lines(donation.lines),
    ...(donation.money === null ? [] : [labels.money(donation.money)]),
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <li className="supermarket-pending-item">
      <div className="supermarket-feed-head">
        <strong>{donor}</strong>
        <span className="feed-meta">{t("supermarket.pending.givenOn", { date: donation.givenOn })}</span>
      </div>
      {donation.lines.length > 0 ? <div>{labels.lines(donation.lines)}</div> : null}
      {donation.money !== null ? <div className="feed-qty">{labels.money(donation.money)}</div> : null}
      {mode === "accepting" ? (
        <AcceptForm
          communityId={communityId}
          donation={donation}
          onCancel={() => setMode("idle")}
          onDone={(receiptNo) => onSettled({ kind: "accepted", donor, receiptNo })}
        />
      ) : mode === "declining" ? (
        <DeclineForm
          communityId={communityId}
          donation={donation}
          onCancel={() => setMode("idle")}
          onDone={() => onSettled({ kind: "declined", donor })}
        />
      ) : (
        <div className="actions supermarket-pending-actions">
          <button
            type="button"
            className="button button-primary"
            aria-label={t("supermarket.pending.acceptOne", { what })}
            onClick={() => setMode("accepting")}
          >
            {t("supermarket.pending.accept")}
          </button>
          <button
            type="button"
            className="button"
            aria-label={t("supermarket.pending.declineOne", { what })}
            onClick={() => setMode("declining")}
          >
            {t("supermarket.pending.decline")}
          </button>
        </div>
      )}
    </li>
  );
}

const donationUrl = (communityId: string, donationId: string) =>
  `/api/communities/${communityId}/supermarket/donations/${donationId}`;

/**
 * The day the goods arrived (today unless said otherwise) and, line by line, how much arrived: left as
 * announced, the acceptance takes everything announced.
 */
function AcceptForm(props: {
  communityId: string;
  donation: SupermarketPending;
  onCancel(): void;
  onDone(receiptNo: string): void;
}) {
  const { communityId, donation } = props;
  const { t, formatNumber } = useI18n();
  const command = useCommand<{ receiptNo?: string }>(["receivedOn", "lines"]);
  const [receivedOn, setReceivedOn] = useState(localToday);
  const [quantities, setQuantities] = useState(() => donation.lines.map((line) => String(line.quantity)));
  const [confirmed, setConfirmed] = useState(false);
  const id = (name: string) => `accept-${donation.donationId}-${name}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const received = donation.lines.map((line, index) => ({
      itemId: line.itemId,
      quantity: parseAmount(quantities[index] ?? ""),
    }));
    const changed = received.some((line, index) => line.quantity !== donation.lines[index]?.quantity);
    const body = {
      communityId,
      donationId: donation.donationId,
      receivedOn,
      // Only what arrived, and only when it differs from what was announced; 0 means it did not come.
      ...(changed ? { lines: received.filter((line) => line.quantity !== 0) } : {}),
      ...(confirmed ? { confirmed: true } : {}),
    };
    const url = `${donationUrl(communityId, donation.donationId)}/acceptance`;
    const result = await command.submit(url, body, AcceptDonationInput);
    if (result) props.onDone(result.receiptNo ?? "");
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="supermarket-pending-form"
      aria-label={t("supermarket.pending.accept")}
    >
      <Field
        id={id("date")}
        label={t("supermarket.pending.receivedOn")}
        error={command.fieldError("receivedOn")}
      >
        <input
          id={id("date")}
          type="date"
          value={receivedOn}
          min={donation.givenOn}
          max={localToday()}
          onChange={(e) => setReceivedOn(e.target.value)}
        />
      </Field>
      {donation.lines.length > 0 ? (
        <fieldset className={`supermarket-received${command.fieldError("lines") ? " field-error" : ""}`}>
          <legend>{t("supermarket.pending.received")}</legend>
          <p className="hint">{t("supermarket.pending.receivedHint")}</p>
          {donation.lines.map((line, index) => (
            <div key={line.itemId} className="field supermarket-received-line">
              <label htmlFor={id(`qty-${index}`)}>
                {t("supermarket.pending.receivedLine", {
                  name: line.name,
                  unit: line.unitOfMeasure,
                  announced: formatNumber(line.quantity),
                })}
              </label>
              <input
                id={id(`qty-${index}`)}
                inputMode="decimal"
                autoComplete="off"
                value={quantities[index] ?? ""}
                onChange={(e) => {
                  setQuantities(quantities.map((q, i) => (i === index ? e.target.value : q)));
                  setConfirmed(false);
                }}
              />
            </div>
          ))}
          {command.fieldError("lines") ? (
            <div className="error" role="alert">
              {command.fieldError("lines")}
            </div>
          ) : null}
        </fieldset>
      ) : null}
      <ConfirmImplausible errors={command.errors} checked={confirmed} onChange={setConfirmed} />
      <FormError message={command.formError && `${t("supermarket.failed")}: ${command.formError}`} />
      <FormActions
        busy={command.busy}
        submit={command.busy ? t("supermarket.saving") : t("supermarket.pending.submitAccept")}
        cancel={t("supermarket.cancel")}
        onCancel={props.onCancel}
      />
    </form>
  );
}

/** Why the donation was not received: required, one line. */
function DeclineForm(props: {
  communityId: string;
  donation: SupermarketPending;
  onCancel(): void;
  onDone(): void;
}) {
  const { communityId, donation } = props;
  const { t } = useI18n();
  const command = useCommand(["reason"]);
  const [reason, setReason] = useState("");
  const fieldId = `decline-${donation.donationId}-reason`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { communityId, donationId: donation.donationId, reason };
    const url = `${donationUrl(communityId, donation.donationId)}/decline`;
    if (await command.submit(url, body, DeclineDonationInput)) props.onDone();
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      className="supermarket-pending-form"
      aria-label={t("supermarket.pending.decline")}
    >
      <Field id={fieldId} label={t("supermarket.pending.reason")} error={command.fieldError("reason")}>
        <input
          id={fieldId}
          autoComplete="off"
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          // The reason is the one thing to type; the button that opened this form is gone.
          // biome-ignore lint/a11y/noAutofocus: focus follows the opened form
          autoFocus
        />
      </Field>
      <FormError message={command.formError && `${t("supermarket.failed")}: ${command.formError}`} />
      <FormActions
        busy={command.busy}
        submit={t("supermarket.pending.submitDecline")}
        cancel={t("supermarket.cancel")}
        onCancel={props.onCancel}
      />
    </form>
  );
}
