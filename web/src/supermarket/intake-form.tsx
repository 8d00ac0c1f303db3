import type { BoardUnit, SupermarketItem } from "@cobuild/boards";
import { RecordDonationInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { newId } from "../api.ts";
import { localToday } from "../boards/agreements.ts";
import { FormError } from "../components/form-footer.tsx";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { linesForDisplay, parseAmount } from "./figures.ts";
import { type DraftLine, emptyLine, LinesEditor, wantedLines } from "./lines-editor.tsx";
import { DonationReceipt, type ReceiptView } from "./receipt.tsx";

type DonorKind = "unit" | "person" | "anonymous";
const donorKinds: readonly DonorKind[] = ["unit", "person", "anonymous"];

interface IntakeFormProps {
  communityId: string;
  items: readonly SupermarketItem[];
  itemsById: Readonly<Record<string, SupermarketItem>>;
  units: readonly BoardUnit[];
}

/** Receive a donation (接收捐赠) and hand the donor a receipt number, printable on the spot. */
export function IntakeForm({ communityId, items, itemsById, units }: IntakeFormProps) {
  const { t } = useI18n();
  const command = useCommand<{ receiptNo?: string }>(["donor", "receivedOn", "lines", "money", "note"]);
  const [donationId, setDonationId] = useState(newId);
  const [kind, setKind] = useState<DonorKind>("unit");
  const [unitId, setUnitId] = useState("");
  const [personName, setPersonName] = useState("");
  const [receivedOn, setReceivedOn] = useState(localToday);
  const [lines, setLines] = useState<DraftLine[]>(() => [emptyLine()]);
  const [money, setMoney] = useState("");
  const [note, setNote] = useState("");
  const [receipt, setReceipt] = useState<ReceiptView>();
  // Choices left empty are named here: the schema would only say an id is too short.
  const [unchosen, setUnchosen] = useState<{ donor?: string; lines?: string }>({});

  const donor =
    kind === "unit"
      ? { kind, unitId }
      : kind === "person"
        ? { kind, name: personName }
        : { kind: "anonymous" as const };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = wantedLines(lines);
    const missing = {
      donor:
        (kind === "unit" && unitId === "") || (kind === "person" && personName.trim() === "")
          ? t("error.required")
          : undefined,
      lines: wanted.some((l) => l.itemId === "")
        ? t("supermarket.lines.chooseItem")
        : wanted.length === 0 && money.trim() === ""
          ? t("error.donation_empty")
          : undefined,
    };
    setUnchosen(missing);
    if (missing.donor || missing.lines) return;
    const body = {
      communityId,
      donationId,
      receivedOn,
      donor,
      lines: wanted,
      money: money.trim() === "" ? undefined : parseAmount(money),
      note,
    };
    const result = await command.submit(
      `/api/communities/${communityId}/supermarket/donations`,
      body,
      RecordDonationInput,
    );
    if (!result) return;
    setReceipt({
      receiptNo: result.receiptNo ?? "",
      donor:
        kind === "unit"
          ? (units.find((u) => u.unitId === unitId)?.name ?? unitId)
          : kind === "person"
            ? personName.trim()
            : t("supermarket.donor.anonymousName"),
      receivedOn,
      lines: linesForDisplay(wanted, itemsById),
      money: body.money ?? null,
      note: note.trim(),
    });
  };

  const another = () => {
    setReceipt(undefined);
    setDonationId(newId());
    setLines([emptyLine()]);
    setMoney("");
    setNote("");
    setPersonName("");
    setUnchosen({});
    command.reset();
  };

  if (receipt) return <DonationReceipt receipt={receipt} onAnother={another} />;

  return (
    <form onSubmit={submit} noValidate aria-label={t("supermarket.counter.tab.intake")}>
      <fieldset className="supermarket-choice">
        <legend>{t("supermarket.intake.donorKind")}</legend>
        {donorKinds.map((k) => (
          <label key={k} className="supermarket-choice-option">
            <input
              type="radio"
              name="donor-kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            {t(`supermarket.donor.${k}`)}
          </label>
        ))}
      </fieldset>
      {kind === "unit" ? (
        <Field
          id="intake-unit"
          label={t("supermarket.intake.unit")}
          error={unchosen.donor ?? command.fieldError("donor")}
        >
          <select id="intake-unit" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            <option value="">{t("supermarket.intake.chooseUnit")}</option>
            {units.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {kind === "person" ? (
        <Field
          id="intake-person"
          label={t("supermarket.intake.personName")}
          error={unchosen.donor ?? command.fieldError("donor")}
        >
          <input
            id="intake-person"
            autoComplete="off"
            maxLength={100}
            value={personName}
            onChange={(e) => setPersonName(e.target.value)}
          />
        </Field>
      ) : null}
      <LinesEditor
        id="intake-lines"
        lines={lines}
        onChange={setLines}
        items={items}
        error={unchosen.lines ?? command.fieldError("lines")}
      />
      <div className="row">
        <Field id="intake-money" label={t("supermarket.intake.money")} error={command.fieldError("money")}>
          <input
            id="intake-money"
            inputMode="decimal"
            autoComplete="off"
            value={money}
            onChange={(e) => setMoney(e.target.value)}
          />
        </Field>
        <Field
          id="intake-date"
          label={t("supermarket.intake.receivedOn")}
          error={command.fieldError("receivedOn")}
        >
          <input
            id="intake-date"
            type="date"
            value={receivedOn}
            max={localToday()}
            onChange={(e) => setReceivedOn(e.target.value)}
          />
        </Field>
      </div>
      <Field id="intake-note" label={t("supermarket.intake.note")} error={command.fieldError("note")}>
        <textarea
          id="intake-note"
          rows={2}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
      <FormError message={command.formError && `${t("supermarket.failed")}: ${command.formError}`} />
      <button type="submit" className="button button-primary button-block" disabled={command.busy}>
        {command.busy ? t("supermarket.saving") : t("supermarket.intake.submit")}
      </button>
    </form>
  );
}
