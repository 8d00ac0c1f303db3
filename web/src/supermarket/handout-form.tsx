import type { SupermarketItem } from "@cobuild/boards";
import { HandOutInput, subtractQuantities } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { newId } from "../api.ts";
import { localToday } from "../boards/agreements.ts";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { linesForDisplay, linesOverStock, totalQuantity } from "./figures.ts";
import { useLabels } from "./labels.ts";
import { type DraftLine, emptyLine, LinesEditor, wantedLines } from "./lines-editor.tsx";
import { ApprovalChip, ResidentPicker } from "./resident-picker.tsx";
import { useMonthReceived } from "./use-month-received.ts";
import type { ResidentSummary, ResidentsState } from "./use-residents.ts";

/** Refusals of the business rules, shown as a box of their own rather than as a typing mistake. */
const REFUSALS = new Set(["stock_short", "monthly_limit_exceeded", "resident_not_approved"]);

interface HandoutFormProps {
  communityId: string;
  items: readonly SupermarketItem[];
  itemsById: Readonly<Record<string, SupermarketItem>>;
  monthlyLimit: number | null;
  residents: ResidentsState;
}

/** Hand goods to a resident in need (发放物资): find them, pick items with the stock in view, confirm. */
export function HandoutForm({ communityId, items, itemsById, monthlyLimit, residents }: HandoutFormProps) {
  const { t, tOr, formatNumber } = useI18n();
  const labels = useLabels();
  const command = useCommand(["handedOutOn", "lines"]);
  const [handoutId, setHandoutId] = useState(newId);
  const [resident, setResident] = useState<ResidentSummary>();
  const [handedOutOn, setHandedOutOn] = useState(localToday);
  const [lines, setLines] = useState<DraftLine[]>(() => [emptyLine()]);
  const [unchosen, setUnchosen] = useState<{ resident?: string; lines?: string }>({});
  const [done, setDone] = useState<string>();
  const [round, setRound] = useState(0);
  const received = useMonthReceived(communityId, resident?.residentId, handedOutOn.slice(0, 7), round);

  const wanted = wantedLines(lines);
  const total = totalQuantity(wanted.filter((l) => Number.isFinite(l.quantity)));
  const refusal = [command.errors.lines, command.errors.form].find((e) => e && REFUSALS.has(e.code));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = {
      resident: resident ? undefined : t("supermarket.handout.chooseResident"),
      lines: wanted.some((l) => l.itemId === "") ? t("supermarket.lines.chooseItem") : undefined,
    };
    setUnchosen(missing);
    if (!resident || missing.lines) return;
    const body = { communityId, handoutId, residentId: resident.residentId, handedOutOn, lines: wanted };
    const result = await command.submit(
      `/api/communities/${communityId}/supermarket/handouts`,
      body,
      HandOutInput,
    );
    if (result === undefined) return;
    setDone(
      t("supermarket.handout.done", {
        name: resident.name,
        lines: labels.lines(linesForDisplay(wanted, itemsById)),
      }),
    );
    setRound((r) => r + 1);
  };

  const next = () => {
    setDone(undefined);
    setResident(undefined);
    setLines([emptyLine()]);
    setHandoutId(newId());
    setUnchosen({});
    command.reset();
  };

  if (done) {
    return (
      <div className="saved" role="status">
        <p className="supermarket-done">{done}</p>
        <button type="button" className="button button-primary" onClick={next}>
          {t("supermarket.handout.next")}
        </button>
      </div>
    );
  }

  const left =
    monthlyLimit === null || received === undefined ? undefined : subtractQuantities(monthlyLimit, received);
  const short = refusal?.code === "stock_short" ? linesOverStock(wanted, itemsById) : [];

  return (
    <form onSubmit={submit} noValidate aria-label={t("supermarket.counter.tab.handout")}>
      {resident ? (
        <section className="supermarket-resident" aria-label={t("supermarket.handout.selected")}>
          <div className="supermarket-resident-head">
            <div>
              <div className="supermarket-resident-label">{t("supermarket.handout.selected")}</div>
              <div className="supermarket-resident-name" data-testid="handout-resident">
                {resident.name}
              </div>
              <div className="muted">
                {labels.residentCategory(resident.category)} ·{" "}
                {t("supermarket.household", { n: formatNumber(resident.householdSize) })}
              </div>
            </div>
            <ApprovalChip approved={resident.approved} />
          </div>
          {received !== undefined ? (
            <p className="hint">
              {monthlyLimit === null
                ? t("supermarket.handout.monthReceivedNoLimit", { received: formatNumber(received) })
                : t("supermarket.handout.monthReceived", {
                    received: formatNumber(received),
                    limit: formatNumber(monthlyLimit),
                    left: formatNumber(Math.max(0, left ?? 0)),
                  })}
            </p>
          ) : null}
          {!resident.approved ? (
            <p className="notice">{t("supermarket.handout.notApprovedWarning")}</p>
          ) : null}
          <button type="button" className="link-button" onClick={() => setResident(undefined)}>
            {t("supermarket.handout.change")}
          </button>
        </section>
      ) : (
        <ResidentPicker residents={residents} onPick={setResident} error={unchosen.resident} />
      )}
      <LinesEditor
        id="handout-lines"
        lines={lines}
        onChange={setLines}
        items={items}
        warnOverStock
        error={unchosen.lines ?? (refusal ? undefined : command.fieldError("lines"))}
      />
      <p className="supermarket-total">{t("supermarket.handout.thisHandout", { n: formatNumber(total) })}</p>
      <Field
        id="handout-date"
        label={t("supermarket.handout.date")}
        error={command.fieldError("handedOutOn")}
      >
        <input
          id="handout-date"
          type="date"
          value={handedOutOn}
          max={localToday()}
          onChange={(e) => setHandedOutOn(e.target.value)}
        />
      </Field>
      {refusal ? (
        <div className="supermarket-refusal" role="alert" data-testid="handout-refusal">
          <strong>{tOr(`error.${refusal.code}`, refusal.fallback)}</strong>
          {short.length > 0 ? (
            <p>
              {t("supermarket.handout.shortLines", {
                lines: short
                  .map((s) =>
                    t("supermarket.handout.shortLine", {
                      name: s.item.name,
                      asked: formatNumber(s.asked),
                      stock: `${formatNumber(s.item.stock)} ${s.item.unitOfMeasure}`,
                    }),
                  )
                  .join("；"),
              })}
            </p>
          ) : null}
          {refusal.code === "monthly_limit_exceeded" && monthlyLimit !== null && received !== undefined ? (
            <p>
              {t("supermarket.handout.monthReceived", {
                received: formatNumber(received),
                limit: formatNumber(monthlyLimit),
                left: formatNumber(Math.max(0, left ?? 0)),
              })}
              {" · "}
              {t("supermarket.handout.thisHandout", { n: formatNumber(total) })}
            </p>
          ) : null}
        </div>
      ) : command.formError ? (
        <p className="form-error" role="alert">
          {t("supermarket.failed")}: {command.formError}
        </p>
      ) : null}
      <button type="submit" className="button button-primary button-block" disabled={command.busy}>
        {command.busy ? t("supermarket.saving") : t("supermarket.handout.submit")}
      </button>
    </form>
  );
}
