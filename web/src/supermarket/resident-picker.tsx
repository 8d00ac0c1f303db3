import { useId, useState } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { useLabels } from "./labels.ts";
import { matchResidents, type ResidentSummary, type ResidentsState } from "./use-residents.ts";

const SHOWN = 8;

interface ResidentPickerProps {
  residents: ResidentsState;
  onPick(resident: ResidentSummary): void;
  error?: string;
}

/**
 * Finds a resident in need by name, as typed at the counter: the first matches as buttons, approved ones
 * first. Shows only what the keeper needs to serve them: name, category, household size, approval.
 */
export function ResidentPicker({ residents, onPick, error }: ResidentPickerProps) {
  const { t, formatNumber } = useI18n();
  const labels = useLabels();
  const [query, setQuery] = useState("");
  const listId = useId();
  const matches = residents.residents ? matchResidents(residents.residents, query) : [];
  return (
    <div className="supermarket-picker">
      <Field
        id="handout-find"
        label={t("supermarket.handout.find")}
        hint={t("supermarket.handout.findHint")}
        error={error}
      >
        <input
          id="handout-find"
          type="search"
          autoComplete="off"
          value={query}
          aria-controls={listId}
          onChange={(e) => setQuery(e.target.value)}
        />
      </Field>
      {residents.problem ? (
        <p className="form-error" role="alert">
          {t("supermarket.handout.residentsFailed")}
        </p>
      ) : !residents.residents ? (
        <p className="muted">{t("supermarket.handout.loadingResidents")}</p>
      ) : null}
      <div id={listId} aria-live="polite">
        {query.trim() !== "" && residents.residents ? (
          matches.length === 0 ? (
            <p className="muted">{t("supermarket.handout.noMatch")}</p>
          ) : (
            <ul className="supermarket-matches" aria-label={t("supermarket.handout.matches")}>
              {matches.slice(0, SHOWN).map((r) => (
                <li key={r.residentId}>
                  <button type="button" className="supermarket-match" onClick={() => onPick(r)}>
                    <span className="supermarket-match-name">{r.name}</span>
                    <span className="supermarket-match-meta">
                      {labels.residentCategory(r.category)} ·{" "}
                      {t("supermarket.household", { n: formatNumber(r.householdSize) })}
                    </span>
                    <ApprovalChip approved={r.approved} />
                  </button>
                </li>
              ))}
            </ul>
          )
        ) : null}
        {matches.length > SHOWN ? (
          <p className="hint">{t("supermarket.handout.moreMatches", { n: matches.length - SHOWN })}</p>
        ) : null}
      </div>
    </div>
  );
}

/** Approved or not, in words and colour. */
export function ApprovalChip({ approved }: { approved: boolean }) {
  const { t } = useI18n();
  return approved ? (
    <span className="chip chip-signed">{t("supermarket.handout.approved")}</span>
  ) : (
    <span className="chip supermarket-chip-low">{t("supermarket.handout.notApproved")}</span>
  );
}
