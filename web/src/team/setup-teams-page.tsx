import {
  type BoardTeamSummary,
  boardIdOf,
  COMMUNITY_BOARD,
  type CommunityBoard,
  TEAM_BOARD,
  type TeamBoard,
} from "@cobuild/boards";
import { Link, useParams } from "react-router";
import { useBoard } from "../boards/use-board.ts";
import { BoardMessage } from "../components/board-message.tsx";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";
import { RequireLogin } from "../session/require-login.tsx";
import type { User } from "../session/session.tsx";
import { AddMember } from "./add-member.tsx";
import { AppointLeader } from "./appoint-leader.tsx";
import { CreateTeam } from "./create-team.tsx";
import { type People, usePeople } from "./people.ts";
import { rightsIn } from "./rights.ts";
import { Roster } from "./roster.tsx";
import { Reveal } from "./ui.tsx";

/** 服务队设置: staff create teams, appoint leaders and keep rosters. Needs a staff login. */
export function SetupTeamsPage() {
  return <RequireLogin>{(user) => <SetupTeams user={user} />}</RequireLogin>;
}

function SetupTeams({ user }: { user: User }) {
  const { communityId = "" } = useParams();
  const { t, tOr, formatNumber } = useI18n();
  const staff = rightsIn(user.grants, communityId).staff;
  const view = useBoard<CommunityBoard>(boardIdOf(COMMUNITY_BOARD, communityId));
  const { board, connection } = view;
  const people = usePeople(staff ? communityId : "", staff);
  if (!staff) {
    return (
      <Shell>
        <p className="status-line" role="alert">
          {t("team.staffOnly")}
        </p>
      </Shell>
    );
  }
  if (!board) {
    return (
      <Shell connection={connection}>
        <BoardMessage
          view={view}
          loading={t("team.loading")}
          notFound={t("team.setup.notFound")}
          notAllowed={t("team.setup.notAllowed")}
        />
      </Shell>
    );
  }
  const teams = Object.values(board.data.teams).sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  return (
    <Shell title={board.data.name} connection={connection}>
      <p className="team-back">
        <Link to={paths.setup(communityId)}>{t("team.setup.back")}</Link>
      </p>
      <h1>{t("team.setup.teamsTitle")}</h1>
      <nav className="team-jump team-jump-narrow" aria-label={t("team.jump")}>
        <a href="#create-team">{t("team.setup.create")}</a>
      </nav>
      <div className="team-grid">
        <section className="team-main" aria-labelledby="teams-heading">
          <h2 id="teams-heading">{t("team.setup.teamsList", { n: formatNumber(teams.length) })}</h2>
          {teams.length === 0 ? <p className="muted">{t("team.setup.noTeams")}</p> : null}
          <ul className="team-setup-list">
            {teams.map((team) => (
              <li key={team.teamId} className="team-card team-setup-item">
                <div className="team-setup-head">
                  <h3>
                    <Link to={paths.team(team.teamId)}>{team.name}</Link>
                  </h3>
                  <span className="category">{tOr(`team.teamCategory.${team.category}`, team.category)}</span>
                  <span className="muted">{t("team.setup.members", { n: formatNumber(team.members) })}</span>
                </div>
                <Reveal label={t("team.setup.manage")} name={t("team.setup.manageTeam", { name: team.name })}>
                  {() => <TeamSetupPanel summary={team} people={people} />}
                </Reveal>
              </li>
            ))}
          </ul>
        </section>
        <aside className="team-side">
          <section className="team-card" id="create-team">
            <CreateTeam communityId={communityId} />
          </section>
        </aside>
      </div>
    </Shell>
  );
}

/** One team's leader and roster, live from its board, with the staff's controls. */
function TeamSetupPanel({ summary, people }: { summary: BoardTeamSummary; people: People }) {
  const { t } = useI18n();
  const { board } = useBoard<TeamBoard>(boardIdOf(TEAM_BOARD, summary.teamId));
  if (!board) return <p className="muted">{t("team.loading")}</p>;
  const team = board.data;
  const leader = team.leaderId ? team.roster[team.leaderId] : undefined;
  return (
    <div className="team-setup-panel">
      <p>{t("team.leaderIs", { name: leader?.name ?? t("team.noLeader") })}</p>
      <div className="team-setup-forms">
        <AppointLeader teamId={team.teamId} leaderId={team.leaderId} people={people} />
        <AddMember teamId={team.teamId} people={people} roster={team.roster} />
      </div>
      <h4>{t("team.roster.title")}</h4>
      <Roster team={team} manage />
    </div>
  );
}
