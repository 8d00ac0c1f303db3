import { DIRECTORY_BOARD_ID, type DirectoryBoard } from "@cobuild/boards";
import { Link } from "react-router";
import { useBoard } from "../boards/use-board.ts";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { destinationsOf } from "../navigation.ts";
import { paths } from "../routes.ts";
import { RequireLogin } from "../session/require-login.tsx";
import type { User } from "../session/session.tsx";

/** The landing page after login: where this user's roles let them work, then every community's board. */
export function HomePage() {
  return <RequireLogin>{(user) => <Home user={user} />}</RequireLogin>;
}

function Home({ user }: { user: User }) {
  const { t } = useI18n();
  const { board, connection } = useBoard<DirectoryBoard>(DIRECTORY_BOARD_ID);
  const destinations = destinationsOf(user.grants);
  const communities = Object.values(board?.data.communities ?? {});
  return (
    <Shell connection={connection}>
      <div className="form-page home">
        <h1>{t("home.welcome", { name: user.displayName })}</h1>
        {destinations.length === 0 ? <p className="notice">{t("home.noRoles")}</p> : null}
        <ul className="home-destinations">
          {destinations.map((d) => (
            <li key={d.to}>
              <Link className="home-card" to={d.to}>
                {t(d.label)}
              </Link>
            </li>
          ))}
        </ul>
        {communities.length > 0 ? (
          <>
            <h2>{t("home.title")}</h2>
            <ul className="community-list">
              {communities.map((c) => (
                <li key={c.communityId}>
                  <Link className="community-link" to={paths.communityBoard(c.communityId)}>
                    <strong>{c.name}</strong> <span className="muted">{c.street}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </Shell>
  );
}
