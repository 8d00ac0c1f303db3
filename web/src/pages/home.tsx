import { DIRECTORY_BOARD_ID, type DirectoryBoard } from "@cobuild/boards";
import { Link, Navigate } from "react-router";
import { useBoard } from "../boards/use-board.ts";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";

/** Lists the communities; with only one, goes straight to its board. */
export function HomePage() {
  const { t } = useI18n();
  const { board, connection, missing } = useBoard<DirectoryBoard>(DIRECTORY_BOARD_ID);
  const communities = Object.values(board?.data.communities ?? {});
  const only = communities.length === 1 ? communities[0] : undefined;
  if (only) return <Navigate to={`/communities/${only.communityId}/board`} replace />;
  return (
    <Shell connection={connection}>
      <div className="form-page">
        <h1>{t("home.title")}</h1>
        {!board && !missing ? <p className="status-line">{t("home.loading")}</p> : null}
        {missing || (board && communities.length === 0) ? <p className="muted">{t("home.empty")}</p> : null}
        <ul className="community-list">
          {communities.map((c) => (
            <li key={c.communityId}>
              <Link className="community-link" to={`/communities/${c.communityId}/board`}>
                <strong>{c.name}</strong> <span className="muted">{c.street}</span>
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </Shell>
  );
}
