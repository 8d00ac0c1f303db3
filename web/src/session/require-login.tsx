import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useI18n } from "../i18n/i18n.tsx";
import { type User, useSession } from "./session.tsx";

/** Where one chooses one's own password. */
export const PASSWORD_PAGE = "/account/password";

/** Shows its content to a logged-in user; sends anyone else to the login page and back afterwards. */
export function RequireLogin({ children }: { children: (user: User) => ReactNode }) {
  const { state } = useSession();
  const { t } = useI18n();
  const location = useLocation();
  if (state.status === "loading") return <p className="muted">{t("session.checking")}</p>;
  if (state.status === "anonymous") {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  // After staff reset the password, the API refuses everything else: choose a new one first.
  if (state.user.mustChangePassword && location.pathname !== PASSWORD_PAGE) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`${PASSWORD_PAGE}?next=${next}`} replace />;
  }
  return <>{children(state.user)}</>;
}
