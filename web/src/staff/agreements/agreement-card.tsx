import type { BoardAgreement, BoardMeeting } from "@cobuild/boards";
import type { ReactNode } from "react";
import { ProgressBar } from "../../components/shell.tsx";
import { useI18n } from "../../i18n/i18n.tsx";

/** What a person can do to an agreement from its card, depending on where it stands. */
export type AgreementAction = "amend" | "sign" | "terminate";

/** One agreement: its status, term, signature and commitments, with the actions its status allows. */
export function AgreementCard({
  unitName,
  agreement,
  meetings,
  onAction,
  form,
}: {
  unitName: string;
  agreement: BoardAgreement;
  meetings: Record<string, BoardMeeting>;
  onAction: (action: AgreementAction) => void;
  /** An open form for this agreement, shown inside the card in place of the actions. */
  form?: ReactNode;
}) {
  const { t, tOr, formatNumber } = useI18n();
  const commitments = Object.values(agreement.commitments).sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.commitmentId.localeCompare(b.commitmentId),
  );
  const struckOff = commitments.filter((c) => c.fulfilledOn !== null).length;
  const meeting = agreement.meetingId ? meetings[agreement.meetingId] : undefined;
  const signed = agreement.status !== "draft";
  return (
    <li className={`staff-card staff-agreement${form ? " staff-card-open" : ""}`}>
      <div className="staff-card-head">
        <h3>{unitName}</h3>
        <span className={`chip staff-chip-${agreement.status}`}>
          {t(`staff.agreements.status.${agreement.status}`)}
        </span>
      </div>
      <p className="staff-agreement-title">{agreement.title}</p>
      <p className="feed-meta">
        {t("staff.agreements.term", { start: agreement.termStart, end: agreement.termEnd })}
        {agreement.signedOn ? ` · ${t("staff.agreements.signedOn", { date: agreement.signedOn })}` : ""}
        {meeting ? ` · ${t("staff.agreements.atMeeting", { meeting: meeting.title })}` : ""}
      </p>
      <details className="staff-details">
        <summary>
          {t("staff.agreements.commitments", {
            n: formatNumber(commitments.length),
            done: formatNumber(struckOff),
          })}
        </summary>
        <ul className="commitments">
          {commitments.map((c) => (
            <li key={c.commitmentId}>
              <div className="commitment-line">
                <span className="category">{tOr(`category.${c.category}`, c.category)}</span>
                <span className="commitment-text">{c.description}</span>
                <span className="commitment-numbers">
                  {signed
                    ? `${formatNumber(c.verified)} / ${formatNumber(c.targetQuantity)} ${c.unitOfMeasure}`
                    : `${formatNumber(c.targetQuantity)} ${c.unitOfMeasure}`}
                  {" · "}
                  {t("staff.agreements.due", { date: c.dueDate })}
                </span>
                {c.fulfilledOn ? (
                  <span className="chip chip-done">{t("staff.agreements.struckOff")}</span>
                ) : null}
              </div>
              {signed ? (
                <ProgressBar
                  value={Math.min(1, c.targetQuantity > 0 ? c.verified / c.targetQuantity : 0)}
                  label={t("staff.agreements.progressOf", { what: c.description })}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </details>
      {form ?? (
        <div className="actions">
          {agreement.status === "draft" ? (
            <>
              <button
                type="button"
                className="button button-primary"
                aria-label={t("staff.agreements.signOne", { title: agreement.title })}
                onClick={() => onAction("sign")}
              >
                {t("staff.agreements.sign")}
              </button>
              <button
                type="button"
                className="button"
                aria-label={t("staff.agreements.amendOne", { title: agreement.title })}
                onClick={() => onAction("amend")}
              >
                {t("staff.agreements.amend")}
              </button>
            </>
          ) : null}
          {agreement.status === "signed" ? (
            <button
              type="button"
              className="link-button staff-link-quiet"
              aria-label={t("staff.agreements.terminateOne", { title: agreement.title })}
              onClick={() => onAction("terminate")}
            >
              {t("staff.agreements.terminate")}
            </button>
          ) : null}
        </div>
      )}
    </li>
  );
}
