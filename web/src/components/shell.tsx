import type { ReactNode } from "react";
import { Link, NavLink } from "react-router";
import type { ConnectionState } from "../boards/use-board.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { destinationsOf } from "../navigation.ts";
import { useSession } from "../session/session.tsx";

interface ShellProps {
  title?: string;
  connection?: ConnectionState;
  children: ReactNode;
}

/** The frame of every page: who we are, where to go, the language switch and the connection state. */
export function Shell({ title, connection, children }: ShellProps) {
  const { t, lang, setLang } = useI18n();
  return (
    <div className="shell">
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            ★
          </span>
          <span>{t("app.name")}</span>
          {title ? <span className="brand-title">· {title}</span> : null}
        </Link>
        <Navigation />
        <div className="topbar-tools">
          {connection ? <ConnectionPill state={connection} /> : null}
          <Account />
          <button type="button" className="lang" onClick={() => setLang(lang === "zh-CN" ? "en" : "zh-CN")}>
            {t("lang.switch")}
          </button>
        </div>
      </header>
      {connection === "offline" ? (
        <div className="offline-banner" role="alert">
          {t("conn.offlineBanner")}
        </div>
      ) : null}
      <main>{children}</main>
    </div>
  );
}

/** Where the logged-in user's roles let them go. */
function Navigation() {
  const { t } = useI18n();
  const { state } = useSession();
  const destinations = state.status === "user" ? destinationsOf(state.user.grants) : [];
  return (
    <nav aria-label={t("nav.home")}>
      {destinations.map((d) => (
        <NavLink key={d.to} to={d.to} end>
          {t(d.label)}
        </NavLink>
      ))}
    </nav>
  );
}

/** Who is logged in, with a way out; or a way in. */
function Account() {
  const { t } = useI18n();
  const { state, logout } = useSession();
  if (state.status === "loading") return null;
  if (state.status === "anonymous") {
    return (
      <Link className="account" to="/login">
        {t("nav.login")}
      </Link>
    );
  }
  return (
    <span className="account">
      <span data-testid="user-name">{state.user.displayName}</span>
      <Link className="link-button" to="/account/password">
        {t("nav.password")}
      </Link>
      <button type="button" className="link-button" onClick={() => void logout()}>
        {t("nav.logout")}
      </button>
    </span>
  );
}

function ConnectionPill({ state }: { state: ConnectionState }) {
  const { t } = useI18n();
  return (
    <span className={`conn conn-${state}`} data-testid="connection" data-state={state}>
      <span className="conn-dot" aria-hidden="true" />
      {t(`conn.${state}`)}
    </span>
  );
}

export function ProgressBar({ value, label }: { value: number; label: string }) {
  const percent = Math.round(value * 100);
  return (
    <div
      className={`bar${value >= 1 ? " bar-done" : ""}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div className="bar-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
