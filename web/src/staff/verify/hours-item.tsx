import { ApproveServiceHoursInput, RejectServiceHoursInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { FormError } from "../../components/form-footer.tsx";
import { useCommand } from "../../components/use-command.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { withRequired } from "../shared/required.ts";
import type { PendingHours } from "./pending.ts";
import { ReasonPrompt } from "./reason-prompt.tsx";

const rejectSchema = withRequired(RejectServiceHoursInput, ["reason"]);

const entryUrl = (e: PendingHours) =>
  `/api/teams/${encodeURIComponent(e.teamId)}/hours/${encodeURIComponent(e.entryId)}`;

/** One entry of service hours waiting for approval: approve in one tap, reject after saying why. */
export function HoursItem({ entry, onDone }: { entry: PendingHours; onDone: (message: string) => void }) {
  const { t, formatNumber } = useI18n();
  const approve = useCommand([]);
  const reject = useCommand(["reason"]);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const ids = { teamId: entry.teamId, entryId: entry.entryId };
  const what = t("staff.hours.what", {
    person: entry.personName,
    hours: formatNumber(entry.hours),
    team: entry.teamName,
  });
  const fieldId = `reject-${entry.teamId}-${entry.entryId}`;

  const onApprove = async () => {
    if (await approve.submit(`${entryUrl(entry)}/approval`, ids, ApproveServiceHoursInput)) {
      onDone(t("staff.hours.approved", { what }));
    }
  };
  const onReject = async (event: FormEvent) => {
    event.preventDefault();
    if (await reject.submit(`${entryUrl(entry)}/rejection`, { ...ids, reason }, rejectSchema)) {
      onDone(t("staff.hours.rejected", { what }));
    }
  };
  const refusal = approve.formError ?? reject.formError;

  return (
    <li className="staff-queue-item staff-queue-compact">
      <div className="staff-queue-main">
        <div className="staff-queue-head">
          <strong>{entry.personName}</strong>
          <span className="staff-queue-hours">
            {t("staff.hours.hours", { hours: formatNumber(entry.hours) })}
          </span>
        </div>
        <div className="feed-meta">
          {entry.teamName} · {entry.date}
          {entry.activity ? ` · ${entry.activity}` : ""}
        </div>
        <FormError message={refusal} />
      </div>
      {rejecting ? (
        <ReasonPrompt
          id={fieldId}
          label={t("staff.hours.reason")}
          error={reject.fieldError("reason")}
          reason={reason}
          onReason={setReason}
          busy={reject.busy}
          confirm={t("staff.hours.confirmReject")}
          onSubmit={onReject}
          onCancel={() => setRejecting(false)}
        />
      ) : (
        <div className="staff-queue-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={approve.busy}
            aria-label={t("staff.hours.approveOne", { what })}
            onClick={() => void onApprove()}
          >
            {t("staff.hours.approve")}
          </button>
          <button
            type="button"
            className="button"
            aria-label={t("staff.hours.rejectOne", { what })}
            onClick={() => setRejecting(true)}
          >
            {t("staff.hours.reject")}
          </button>
        </div>
      )}
    </li>
  );
}
