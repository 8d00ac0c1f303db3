import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import type { BoardView } from "../boards/use-board.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";
import "./board-message.css";

/** What a page knows of a board that has not arrived: whether it is missing or refused. */
export type BoardAbsence = Pick<BoardView<unknown>, "missing" | "refused">;

interface BoardMessageProps {
  /** The board's state as `useBoard` gives it. */
  view: BoardAbsence;
  /** Said when there is no such board (or none of this user's). */
  notFound: string;
  /** Said while the board is on its way; a general line when left out. */
  loading?: string;
  /** Said when the user's roles do not let them watch this board; a general line when left out. */
  notAllowed?: string;
  /** Extra class, for pages with their own look (the dark wall screen). */
  className?: string;
}

/**
 * Stands in for a board that has not arrived. Loading is news (status); a missing or refused board is a
 * problem (alert) with a way on: back home, or to the login page and back here when the login has ended.
 */
export function BoardMessage({ view, notFound, loading, notAllowed, className }: BoardMessageProps) {
  const { t } = useI18n();
  const location = useLocation();
  const extra = className ? ` ${className}` : "";
  if (!view.refused && !view.missing) {
    return (
      <p className={`status-line${extra}`} role="status">
        {loading ?? t("live.loading")}
      </p>
    );
  }
  let message: string;
  let way: ReactNode;
  if (view.refused === "unauthenticated") {
    message = t("live.signedOut");
    const next = encodeURIComponent(location.pathname + location.search);
    way = <Link to={`${paths.login()}?next=${next}`}>{t("live.signIn")}</Link>;
  } else {
    message = view.refused === "not_allowed" ? (notAllowed ?? t("live.notAllowed")) : notFound;
    way = <Link to={paths.home()}>{t("live.backHome")}</Link>;
  }
  return (
    <div className={`board-message${extra}`} role="alert">
      <p>{message}</p>
      {way}
    </div>
  );
}
