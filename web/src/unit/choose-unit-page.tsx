import { boardIdOf, COMMUNITY_BOARD, type CommunityBoard } from "@cobuild/boards";
import { Link, Navigate, useParams } from "react-router";
import { useBoard } from "../boards/use-board.ts";
import { BoardMessage } from "../components/board-message.tsx";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";
import { RequireLogin } from "../session/require-login.tsx";
import { type User, unitsAllowed } from "../session/session.tsx";

/**
 * The old address of the contribution form, `/communities/:communityId/log`, still linked from boards
 * and bookmarks: a liaison goes straight to their own unit's form; staff choose the unit.
 */
export function ChooseUnitPage() {
  return <RequireLogin>{(user) => <ChooseUnit user={user} />}</RequireLogin>;
}

/** The units a liaison answers for in this community, known from the grants without any request. */
const ownUnits = (user: User, communityId: string): string[] =>
  user.grants.flatMap((g) => (g.role === "unit_liaison" && g.communityId === communityId ? [g.unitId] : []));

function ChooseUnit({ user }: { user: User }) {
  const { communityId = "" } = useParams();
  const own = ownUnits(user, communityId);
  const [only] = own;
  const staff = user.grants.some(
    (g) => g.role === "street_admin" || (g.role === "community_staff" && g.communityId === communityId),
  );
  if (!staff && own.length === 1 && only) return <Navigate to={paths.logContribution(only)} replace />;
  return <UnitList user={user} communityId={communityId} />;
}

function UnitList({ user, communityId }: { user: User; communityId: string }) {
  const { t, tOr } = useI18n();
  const view = useBoard<CommunityBoard>(boardIdOf(COMMUNITY_BOARD, communityId));
  const { board, connection } = view;
  const all = Object.values(board?.data.units ?? {});
  const allowed = new Set(
    unitsAllowed(
      user,
      communityId,
      all.map((u) => u.unitId),
    ),
  );
  const units = all.filter((u) => allowed.has(u.unitId)).sort((a, b) => a.unitId.localeCompare(b.unitId));
  return (
    <Shell title={board?.data.name} connection={connection}>
      <div className="form-page unit-form-page">
        <h1>{t("unit.choose.title")}</h1>
        {!board ? (
          <BoardMessage
            view={view}
            loading={t("unit.choose.loading")}
            notFound={t("unit.choose.notFound")}
            notAllowed={t("unit.choose.notAllowed")}
          />
        ) : units.length === 0 ? (
          <p className="notice">{t("unit.choose.none")}</p>
        ) : (
          <ul className="unit-choose-list">
            {units.map((u) => (
              <li key={u.unitId}>
                <Link className="unit-choose-link" to={paths.logContribution(u.unitId)}>
                  <span>{u.name}</span>
                  <span className="muted unit-small">{tOr(`kind.${u.kind}`, u.kind)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Shell>
  );
}
