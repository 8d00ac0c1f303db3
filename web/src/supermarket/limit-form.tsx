import { SetMonthlyLimitInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { parseAmount } from "./figures.ts";

/** The most one resident may receive in a month (staff only); empty with "no limit" removes it. */
export function MonthlyLimitForm({ communityId, limit }: { communityId: string; limit: number | null }) {
  const { t, formatNumber } = useI18n();
  const command = useCommand(["limit"]);
  const [noLimit, setNoLimit] = useState(limit === null);
  const [value, setValue] = useState(limit === null ? "" : String(limit));
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = { communityId, limit: noLimit ? null : parseAmount(value) };
    const done = await command.submit(
      `/api/communities/${communityId}/supermarket/monthly-limit`,
      body,
      SetMonthlyLimitInput,
      "PUT",
    );
    setSaved(done !== undefined);
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="supermarket-limit-heading"
      className="supermarket-panel"
    >
      <h2 id="supermarket-limit-heading">{t("supermarket.items.limitHeading")}</h2>
      <p className="hint">{t("supermarket.items.limitIntro")}</p>
      <p>
        {t("supermarket.items.limitNow", {
          value: limit === null ? t("supermarket.items.noLimit") : formatNumber(limit),
        })}
      </p>
      <label className="supermarket-choice-option">
        <input type="checkbox" checked={noLimit} onChange={(e) => setNoLimit(e.target.checked)} />
        {t("supermarket.items.noLimit")}
      </label>
      <Field
        id="monthly-limit"
        label={t("supermarket.items.limit")}
        error={command.fieldError("limit") ?? command.formError}
      >
        <input
          id="monthly-limit"
          inputMode="decimal"
          autoComplete="off"
          disabled={noLimit}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </Field>
      {saved ? (
        <p className="supermarket-ok" role="status">
          {t("supermarket.items.limitSaved")}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={command.busy}>
        {command.busy ? t("supermarket.saving") : t("supermarket.items.limitSubmit")}
      </button>
    </form>
  );
}
