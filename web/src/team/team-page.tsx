import { boardIdOf, TEAM_BOARD, type TeamBoard } from "@cobuild/boards";
import { addQuantities } from "@cobuild/domain";
import { useParams } from "react-router";
import { useBoard } from "../boards/use-board.ts";
import { BoardMessage } from "../components/board-message.tsx";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { RequireLogin } from "../session/require-login.tsx";
import type { User } from "../session/session.tsx";
import { AddMember } from "./add-member.tsx";
import { HoursChart } from "./hours-chart.tsx";
import { LogServiceHours } from "./log-hours.tsx";
import { PendingHours } from "./pending-hours.tsx";
import { usePeople } from "./people.ts";
import { mayManageTeam, rightsIn } from "./rights.ts";
import { Roster, rosterOf } from "./roster.tsx";
import { TeamClaims } from "./team-claims.tsx";

/** 我的服务队: the leader's page for one team, live from `team:<teamId>`. Needs a login. */
export function TeamPage() {
  return <RequireLogin>{(user) => <TeamView user={user} />}</RequireLogin>;
}

/** Hours carry two decimals: summed exactly, so 0.1 + 0.2 shows as 0.3. */
const sumHours = (values: number[]) => values.reduce(addQuantities, 0);

function TeamView({ user }: { user: User }) {
  const { teamId = "" } = useParams();
  const { t, tOr, formatNumber } = useI18n();
  const view = useBoard<TeamBoard>(boardIdOf(TEAM_BOARD, teamId));
  const { board, connection } = view;
  const team = board?.data;
  const rights = team ? rightsIn(user.grants, team.communityId) : undefined;
  const people = usePeople(
    team && rights && mayManageTeam(rights, teamId) ? team.communityId : "",
    rights?.staff ?? false,
  );

  if (!team) {
    return (
      <Shell connection={connection}>
        <BoardMessage
          view={view}
          loading={t("team.loading")}
          notFound={t("team.notFound")}
          notAllowed={t("team.notAllowed")}
        />
      </Shell>
    );
  }
  const manage = rights !== undefined && mayManageTeam(rights, teamId);
  const roster = rosterOf(team);
  const leader = team.leaderId ? team.roster[team.leaderId] : undefined;
  const approved = sumHours(Object.values(team.hoursByMonth));
  const pending = sumHours(Object.values(team.pending).map((e) => e.hours));

  return (
    <Shell title={team.name} connection={connection}>
      <header className="team-head">
        <div>
          <h1>{team.name}</h1>
          <p className="team-sub">
            <span className="category">{tOr(`team.teamCategory.${team.category}`, team.category)}</span>{" "}
            {t("team.leaderIs", { name: leader?.name ?? t("team.noLeader") })}
          </p>
          {team.description ? <p className="muted">{team.description}</p> : null}
        </div>
      </header>
      <section className="kpis" aria-label={t("team.kpis")}>
        <Kpi label={t("team.kpi.members")} value={formatNumber(roster.length)} />
        <Kpi label={t("team.kpi.approved")} value={formatNumber(approved)} />
        <Kpi label={t("team.kpi.pending")} value={formatNumber(pending)} />
        <Kpi label={t("team.kpi.claims")} value={formatNumber(Object.keys(team.claims).length)} />
      </section>
      <nav className="team-jump" aria-label={t("team.jump")}>
        {manage ? <a href="#log-hours">{t("team.log.title")}</a> : null}
        <a href="#roster-heading">{t("team.roster.title")}</a>
        <a href="#pending-heading">{t("team.pending.title")}</a>
        <a href="#claims-heading">{t("team.claims.title")}</a>
        {manage ? <a href="#add-member">{t("team.add.title")}</a> : null}
      </nav>
      <div className="team-grid">
        <div className="team-main">
          <section className="team-card" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{t("team.chart.title")}</h2>
            <HoursChart hoursByMonth={team.hoursByMonth} titleId="chart-heading" />
          </section>
          <section className="team-card" aria-labelledby="roster-heading">
            <h2 id="roster-heading">{t("team.roster.title")}</h2>
            <Roster team={team} manage={manage} />
          </section>
        </div>
        <div className="team-side">
          {manage ? (
            <section className="team-card" id="log-hours" aria-label={t("team.log.title")}>
              <LogServiceHours teamId={teamId} roster={roster} />
            </section>
          ) : null}
          <section className="team-card" aria-labelledby="pending-heading">
            <h2 id="pending-heading">{t("team.pending.title")}</h2>
            <PendingHours team={team} />
          </section>
          <section className="team-card" aria-labelledby="claims-heading">
            <h2 id="claims-heading">{t("team.claims.title")}</h2>
            <TeamClaims team={team} manage={manage} />
          </section>
          {manage ? (
            <section className="team-card" id="add-member" aria-label={t("team.add.title")}>
              <AddMember teamId={teamId} people={people} roster={team.roster} />
            </section>
          ) : null}
        </div>
      </div>
    </Shell>
  );
}

function Kpi({ label, value }: { label: string; value: string }) {
  return (
    <div className="kpi">
      <div className="kpi-value">{value}</div>
      <div className="kpi-label">{label}</div>
    </div>
  );
}
