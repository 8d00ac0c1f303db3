import type { FormEvent } from "react";
import { FormActions } from "../../components/form-footer.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";

/** The second tap of "dispute" or "reject": the reason, then confirm or go back. */
export function ReasonPrompt(props: {
  id: string;
  label: string;
  error: string | undefined;
  reason: string;
  onReason: (reason: string) => void;
  busy: boolean;
  confirm: string;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <form className="staff-queue-dispute" onSubmit={props.onSubmit} noValidate>
      <Field id={props.id} label={props.label} error={props.error}>
        <textarea
          id={props.id}
          rows={2}
          maxLength={500}
          value={props.reason}
          onChange={(e) => props.onReason(e.target.value)}
          // The reason is the one thing to type; the button that opened this form is gone.
          // biome-ignore lint/a11y/noAutofocus: focus follows the opened form
          autoFocus
        />
      </Field>
      <FormActions
        busy={props.busy}
        submit={props.confirm}
        cancel={t("staff.common.cancel")}
        onCancel={props.onCancel}
      />
    </form>
  );
}
