import { DisputeContributionInput, VerifyContributionInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { FormError } from "../../components/form-footer.tsx";
import { useCommand } from "../../components/use-command.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { localDateTime } from "../shared/local-time.ts";
import { withRequired } from "../shared/required.ts";
import type { PendingContribution } from "./pending.ts";
import { ReasonPrompt } from "./reason-prompt.tsx";

const disputeSchema = withRequired(DisputeContributionInput, ["reason"]);

const contributionUrl = (c: PendingContribution) =>
  `/api/agreements/${encodeURIComponent(c.agreementId)}/contributions/${encodeURIComponent(c.contributionId)}`;

/**
 * One contribution waiting for verification: 核实 in one tap, 有异议 in two (the second after saying why).
 * `onDone` hides it at once; its ledger's next version removes it for good.
 */
export function ContributionItem({
  item,
  onDone,
}: {
  item: PendingContribution;
  onDone: (message: string) => void;
}) {
  const { t, tOr, formatNumber } = useI18n();
  const verify = useCommand([]);
  const dispute = useCommand(["reason"]);
  const [disputing, setDisputing] = useState(false);
  const [reason, setReason] = useState("");
  const ids = { agreementId: item.agreementId, contributionId: item.contributionId };
  const what = `${item.unitName} · ${item.commitment} +${formatNumber(item.quantity)} ${item.unitOfMeasure}（${item.date}）`;
  const fieldId = `dispute-${item.agreementId}-${item.contributionId}`;

  const onVerify = async () => {
    const done = await verify.submit(`${contributionUrl(item)}/verification`, ids, VerifyContributionInput);
    if (done) onDone(t("staff.verify.verified", { what }));
  };
  const onDispute = async (event: FormEvent) => {
    event.preventDefault();
    const body = { ...ids, reason };
    const done = await dispute.submit(`${contributionUrl(item)}/dispute`, body, disputeSchema);
    if (done) onDone(t("staff.verify.disputed", { what }));
  };
  const refusal = verify.formError ?? dispute.formError;

  return (
    <li className="staff-queue-item">
      <div className="staff-queue-main">
        <div className="staff-queue-head">
          <strong>{item.unitName}</strong>
          {item.category ? (
            <span className="category">{tOr(`category.${item.category}`, item.category)}</span>
          ) : null}
          <span>{item.commitment || t("staff.verify.unknownCommitment")}</span>
        </div>
        <div className="staff-queue-qty">
          +{formatNumber(item.quantity)} {item.unitOfMeasure}
        </div>
        <div className="feed-meta">
          {t("staff.verify.meta", {
            date: item.date,
            participants: formatNumber(item.participants),
            logged: localDateTime(item.loggedAt),
          })}
        </div>
        {item.note ? <p className="staff-queue-note">{item.note}</p> : null}
        {item.corrections > 0 ? (
          <p className="staff-queue-correction">
            {t("staff.verify.corrected", { n: item.corrections, reason: item.reason ?? "" })}
          </p>
        ) : null}
        <FormError message={refusal} />
      </div>
      {disputing ? (
        <ReasonPrompt
          id={fieldId}
          label={t("staff.verify.reason")}
          error={dispute.fieldError("reason")}
          reason={reason}
          onReason={setReason}
          busy={dispute.busy}
          confirm={t("staff.verify.confirmDispute")}
          onSubmit={onDispute}
          onCancel={() => setDisputing(false)}
        />
      ) : (
        <div className="staff-queue-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={verify.busy}
            aria-label={t("staff.verify.verifyOne", { what })}
            onClick={() => void onVerify()}
          >
            {t("staff.verify.verify")}
          </button>
          <button
            type="button"
            className="button"
            aria-label={t("staff.verify.disputeOne", { what })}
            onClick={() => setDisputing(true)}
          >
            {t("staff.verify.dispute")}
          </button>
        </div>
      )}
    </li>
  );
}
