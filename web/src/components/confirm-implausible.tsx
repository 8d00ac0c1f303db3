import { useI18n } from "../i18n/i18n.tsx";
import type { CommandError } from "./use-command.ts";

/**
 * Shown once the server warned that a figure looks implausible (a digit too many, the wrong unit): the
 * person confirms it and submits again, or corrects it. Nothing was recorded before they confirm.
 */
export function ConfirmImplausible({
  errors,
  checked,
  onChange,
}: {
  errors: Record<string, CommandError>;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useI18n();
  const warned = Object.values(errors).some((error) => error.code === "quantity_implausible");
  if (!warned && !checked) return null;
  return (
    <label className="confirm-implausible">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />{" "}
      {t("form.confirmImplausible")}
    </label>
  );
}
