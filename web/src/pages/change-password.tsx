import { ChangePasswordInput } from "@cobuild/domain";
import { type FormEvent, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { Shell } from "../components/shell.tsx";
import { useCommand } from "../components/use-command.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { RequireLogin } from "../session/require-login.tsx";
import { type User, useSession } from "../session/session.tsx";
import { Field } from "./field.tsx";
import { safeNext } from "./safe-next.ts";

const FIELDS = ["currentPassword", "newPassword"] as const;

/** Choosing one's own password: at will, or first thing after staff reset it (the API allows nothing else). */
export function ChangePasswordPage() {
  return (
    <Shell>
      <RequireLogin>{(user) => <ChangePasswordForm user={user} />}</RequireLogin>
    </Shell>
  );
}

function ChangePasswordForm({ user }: { user: User }) {
  const { t } = useI18n();
  const { passwordChanged } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const command = useCommand(FIELDS);
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMismatch(newPassword !== repeat);
    if (newPassword !== repeat) return;
    const body = { currentPassword, newPassword };
    if (await command.submit("/api/session/password", body, ChangePasswordInput, "PUT")) {
      passwordChanged();
      navigate(safeNext(params.get("next")), { replace: true });
    }
  };

  return (
    <div className="form-page">
      <h1>{t("password.title")}</h1>
      {user.mustChangePassword ? (
        <p className="notice" role="status">
          {t("password.forced")}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Field
          id="currentPassword"
          label={t("password.current")}
          error={command.fieldError("currentPassword")}
        >
          <input
            id="currentPassword"
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </Field>
        <Field id="newPassword" label={t("password.new")} error={command.fieldError("newPassword")}>
          <input
            id="newPassword"
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNew(e.target.value)}
          />
        </Field>
        <Field id="repeat" label={t("password.repeat")} error={mismatch ? t("password.mismatch") : undefined}>
          <input
            id="repeat"
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
          />
        </Field>
        {command.formError ? (
          <p className="form-error" role="alert" data-testid="error-form">
            {command.formError}
          </p>
        ) : null}
        <button type="submit" className="button button-primary" disabled={command.busy}>
          {t("password.submit")}
        </button>
      </form>
    </div>
  );
}
