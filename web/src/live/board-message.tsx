import { Link } from "react-router";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";

interface BoardMessageProps {
  /** What to say: the board is loading, missing, or not the user's to watch. */
  message: string;
  /** Loading is news (status); missing or refused is a problem (alert). */
  problem: boolean;
}

/** Stands in for a board that is not there (yet), or not the user's to watch, with a way back. */
export function BoardMessage({ message, problem }: BoardMessageProps) {
  const { t } = useI18n();
  if (!problem) {
    return (
      <p className="status-line" role="status">
        {message}
      </p>
    );
  }
  return (
    <div className="live-message" role="alert">
      <p>{message}</p>
      <Link to={paths.home()}>{t("live.backHome")}</Link>
    </div>
  );
}
