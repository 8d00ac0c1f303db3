import { type FormEvent, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { PASSWORD_PAGE } from "../session/require-login.tsx";
import { useSession } from "../session/session.tsx";
import { Field } from "./field.tsx";
import { safeNext } from "./safe-next.ts";

export function LoginPage() {
  const { t, tOr } = useI18n();
  const { login } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<{ code: string; fallback: string }>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError({ code: "required", fallback: "" });
      return;
    }
    setBusy(true);
    const result = await login(username, password);
    setBusy(false);
    if (!result.ok) {
      setError({ code: result.problem.code, fallback: result.problem.detail });
      return;
    }
    const next = safeNext(params.get("next"));
    // After a reset by staff, a new password comes first (the API allows nothing else until then).
    navigate(result.data.mustChangePassword ? `${PASSWORD_PAGE}?next=${encodeURIComponent(next)}` : next, {
      replace: true,
    });
  };

  return (
    <Shell>
      <div className="form-page">
        <h1>{t("login.title")}</h1>
        <form onSubmit={submit} noValidate>
          <Field id="username" label={t("login.username")}>
            <input
              id="username"
              autoComplete="username"
              autoCapitalize="none"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </Field>
          <Field id="password" label={t("login.password")}>
            <input
              id="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          {error ? (
            <p className="form-error" role="alert" data-testid="error-form">
              {tOr(`error.${error.code}`, error.fallback)}
            </p>
          ) : null}
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("login.submitting") : t("login.submit")}
          </button>
        </form>
      </div>
    </Shell>
  );
}
