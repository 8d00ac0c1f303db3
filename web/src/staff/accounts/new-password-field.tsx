import { useI18n } from "../../i18n/i18n.tsx";
import { Field } from "../../pages/field.tsx";

/** A first or reset password that staff type for someone else, with the rule it must meet as its hint. */
export function NewPasswordField(props: {
  id: string;
  label: string;
  value: string;
  error?: string;
  onChange(value: string): void;
}) {
  const { t } = useI18n();
  return (
    <Field id={props.id} label={props.label} hint={t("staff.accounts.passwordHint")} error={props.error}>
      <input
        id={props.id}
        type="password"
        value={props.value}
        maxLength={200}
        autoComplete="new-password"
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  );
}
