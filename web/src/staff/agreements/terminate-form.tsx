import type { BoardAgreement } from "@cobuild/boards";
import { TerminateAgreementInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { localToday } from "../../boards/agreements.ts";
import { FormActions, FormError } from "../../components/form-footer.tsx";
import { useCommand } from "../../components/use-command.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";
import { withRequired } from "../shared/required.ts";

const FIELDS = ["terminatedOn", "reason"] as const;
const schema = withRequired(TerminateAgreementInput, ["terminatedOn", "reason"]);

/** Ending a signed agreement before its term is over, with the day and the reason. */
export function TerminateAgreementForm({
  agreement,
  onDone,
  onClose,
}: {
  agreement: BoardAgreement;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const command = useCommand(FIELDS);
  const today = localToday();
  const [terminatedOn, setTerminatedOn] = useState(today);
  const [reason, setReason] = useState("");
  const id = (field: string) => `terminate-${agreement.agreementId}-${field}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { agreementId: agreement.agreementId, terminatedOn, reason };
    const url = `/api/agreements/${encodeURIComponent(agreement.agreementId)}/termination`;
    if (await command.submit(url, body, schema))
      onDone(t("staff.terminate.done", { title: agreement.title }));
  };

  return (
    <form
      className="staff-panel staff-panel-warn"
      onSubmit={submit}
      noValidate
      aria-labelledby={id("heading")}
    >
      <h3 id={id("heading")}>{t("staff.terminate.title", { title: agreement.title })}</h3>
      <Field id={id("date")} label={t("staff.terminate.date")} error={command.fieldError("terminatedOn")}>
        <input
          id={id("date")}
          type="date"
          max={today}
          value={terminatedOn}
          onChange={(e) => setTerminatedOn(e.target.value)}
        />
      </Field>
      <Field id={id("reason")} label={t("staff.terminate.reason")} error={command.fieldError("reason")}>
        <textarea
          id={id("reason")}
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Field>
      <FormError message={command.formError} />
      <FormActions
        busy={command.busy}
        submit={t("staff.terminate.submit")}
        cancel={t("staff.common.cancel")}
        onCancel={onClose}
      />
    </form>
  );
}
