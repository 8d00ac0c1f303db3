import { boardIdOf, COMMUNITY_BOARD, type CommunityBoard } from "@cobuild/boards";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import type { ConnectionState } from "../../boards/use-board.ts";
import { useBoard } from "../../boards/use-board.ts";
import { BoardMessage } from "../../components/board-message.tsx";
import { Shell } from "../../components/shell.tsx";
import { type MessageKey, useI18n } from "../../i18n/i18n.tsx";
import { paths } from "../../routes.ts";
import { RequireLogin } from "../../session/require-login.tsx";
import type { User } from "../../session/session.tsx";
import { isStaffOf } from "./staff-access.ts";

/** What every staff page works with: the community's live board and who is at the keyboard. */
export interface StaffContext {
  communityId: string;
  board: CommunityBoard;
  connection: ConnectionState;
  user: User;
}

interface FrameProps {
  title: MessageKey;
  intro?: MessageKey;
  /** Set on the hub itself, which needs no way back to itself. */
  isHub?: boolean;
  children: (context: StaffContext) => ReactNode;
}

/**
 * The frame of every staff page: login, the community's live board, a check that the user runs this
 * community's setup, the heading and a way back to the setup hub.
 */
export function StaffFrame(props: FrameProps) {
  return <RequireLogin>{(user) => <Frame {...props} user={user} />}</RequireLogin>;
}

function Frame({ title, intro, isHub, children, user }: FrameProps & { user: User }) {
  const { communityId = "" } = useParams();
  const { t } = useI18n();
  const view = useBoard<CommunityBoard>(boardIdOf(COMMUNITY_BOARD, communityId));
  const { board, connection } = view;
  const data = board?.data;
  let body: ReactNode;
  if (!data) {
    body = (
      <BoardMessage
        view={view}
        loading={t("staff.frame.loading")}
        notFound={t("staff.frame.missing")}
        notAllowed={t("staff.frame.notAllowed")}
      />
    );
  } else if (!isStaffOf(user.grants, communityId, data.streetId)) {
    body = (
      <p className="notice" role="alert">
        {t("staff.frame.notStaff", { community: data.name })}
      </p>
    );
  } else {
    body = children({ communityId, board: data, connection, user });
  }
  return (
    <Shell title={data?.name} connection={connection}>
      <div className="staff-page">
        {isHub ? null : (
          <nav className="staff-crumbs" aria-label={t("staff.frame.crumbs")}>
            <Link to={paths.setup(communityId)}>{t("staff.hub.title")}</Link>
            <span aria-hidden="true"> / </span>
            <span aria-current="page">{t(title)}</span>
          </nav>
        )}
        <h1>{t(title)}</h1>
        {intro ? <p className="muted staff-intro">{t(intro)}</p> : null}
        {body}
      </div>
    </Shell>
  );
}
