import {
  type BoardPost,
  boardIdOf,
  POSTS_BOARD,
  type PostsBoard,
  placesLeft,
  TEAM_BOARD,
  type TeamBoard,
} from "@cobuild/boards";
import { postCategories } from "@cobuild/domain";
import { type ReactNode, useEffect, useState } from "react";
import { useParams } from "react-router";
import { getJson } from "../api.ts";
import { type ConnectionState, useBoard } from "../boards/use-board.ts";
import { type BoardAbsence, BoardMessage } from "../components/board-message.tsx";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { Field } from "../pages/field.tsx";
import { RequireLogin } from "../session/require-login.tsx";
import type { User } from "../session/session.tsx";
import { PostCard } from "./post-card.tsx";
import { orderPosts, standingOf } from "./posts-order.ts";
import { rightsIn, type TeamRights } from "./rights.ts";

/** 公益岗位: every post of a community, live from `posts:<communityId>`, with claims. Needs a login. */
export function PostsPage() {
  return <RequireLogin>{(user) => <PostsView user={user} />}</RequireLogin>;
}

function PostsView({ user }: { user: User }) {
  const { communityId = "" } = useParams();
  const rights = rightsIn(user.grants, communityId);
  const [teamId, setTeamId] = useState(rights.leaderTeamIds[0]);
  const { board, connection, missing, refused } = useBoard<PostsBoard>(boardIdOf(POSTS_BOARD, communityId));
  const absence: BoardAbsence = { missing, refused };
  const posts = board?.data;
  const teamChoice = (
    <TeamChoice
      communityId={communityId}
      teamIds={rights.leaderTeamIds}
      value={teamId}
      onChange={setTeamId}
    />
  );
  if (teamId === undefined) {
    return <PostsList posts={posts} absence={absence} connection={connection} rights={rights} />;
  }
  return (
    <WithTeam teamId={teamId}>
      {(team) => (
        <PostsList
          posts={posts}
          absence={absence}
          connection={connection}
          rights={rights}
          team={team}
          teamChoice={teamChoice}
        />
      )}
    </WithTeam>
  );
}

/** Follows the leader's team, so the claim control offers its current roster. */
function WithTeam({
  teamId,
  children,
}: {
  teamId: string;
  children: (team: TeamBoard | undefined) => ReactNode;
}) {
  const { board } = useBoard<TeamBoard>(boardIdOf(TEAM_BOARD, teamId));
  return <>{children(board?.data)}</>;
}

/** A leader of several teams claims for one at a time; the teams are named from the community's list. */
function TeamChoice(props: {
  communityId: string;
  teamIds: string[];
  value: string | undefined;
  onChange(teamId: string): void;
}) {
  const { t } = useI18n();
  const [names, setNames] = useState<Record<string, string>>({});
  const several = props.teamIds.length > 1;
  useEffect(() => {
    if (!several) return;
    let live = true;
    void getJson<{ teams: { teamId: string; name: string }[] }>(
      `/api/communities/${props.communityId}/teams`,
    ).then((result) => {
      if (live && result.ok)
        setNames(Object.fromEntries(result.data.teams.map((team) => [team.teamId, team.name])));
    });
    return () => {
      live = false;
    };
  }, [several, props.communityId]);
  if (!several) return null;
  return (
    <Field id="posts-team" label={t("team.posts.forTeam")}>
      <select id="posts-team" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.teamIds.map((id) => (
          <option key={id} value={id}>
            {names[id] ?? id}
          </option>
        ))}
      </select>
    </Field>
  );
}

function PostsList(props: {
  posts: PostsBoard | undefined;
  absence: BoardAbsence;
  connection: ConnectionState;
  rights: TeamRights;
  team?: TeamBoard | undefined;
  teamChoice?: ReactNode;
}) {
  const { posts, rights, team } = props;
  const { t, tOr, formatNumber } = useI18n();
  const [category, setCategory] = useState("");
  if (!posts) {
    return (
      <Shell connection={props.connection}>
        <BoardMessage
          view={props.absence}
          loading={t("team.loading")}
          notFound={t("team.posts.notFound")}
          notAllowed={t("team.posts.notAllowed")}
        />
      </Shell>
    );
  }
  const all = orderPosts(Object.values(posts.posts));
  const shown = all.filter((p) => category === "" || p.category === category);
  const open = all.filter((p) => standingOf(p) === "open");
  const left = open.reduce((sum, p) => sum + placesLeft(p), 0);
  const claims = all.reduce((sum, p) => sum + Object.keys(p.claims).length, 0);
  return (
    <Shell title={t("team.posts.title")} connection={props.connection}>
      <div className="team-posts-head">
        <div>
          <h1>{t("team.posts.title")}</h1>
          <p className="muted">
            {team
              ? t("team.posts.introLeader", { team: team.name })
              : rights.personId
                ? t("team.posts.introMember")
                : t("team.posts.intro")}
          </p>
        </div>
        <div className="team-posts-tools">
          {props.teamChoice}
          <Field id="posts-category" label={t("team.posts.category")}>
            <select id="posts-category" value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">{t("team.posts.allCategories")}</option>
              {postCategories.map((c) => (
                <option key={c} value={c}>
                  {tOr(`team.postCategory.${c}`, c)}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </div>
      {rights.personId ? <MyClaims posts={all} personId={rights.personId} /> : null}
      <section className="kpis team-kpis-3" aria-label={t("team.posts.kpis")}>
        <div className="kpi">
          <div className="kpi-value">{formatNumber(open.length)}</div>
          <div className="kpi-label">{t("team.posts.kpiOpen")}</div>
        </div>
        <div className="kpi">
          <div className="kpi-value" data-testid="places-left-total">
            {formatNumber(left)}
          </div>
          <div className="kpi-label">{t("team.posts.kpiLeft")}</div>
        </div>
        <div className="kpi">
          <div className="kpi-value">{formatNumber(claims)}</div>
          <div className="kpi-label">{t("team.posts.kpiClaims")}</div>
        </div>
      </section>
      {shown.length === 0 ? (
        <p className="muted">{t("team.posts.empty")}</p>
      ) : (
        <ul className="team-posts" aria-label={t("team.posts.list")}>
          {shown.map((p) => (
            <PostCard key={p.postId} post={p} rights={rights} {...(team ? { team } : {})} />
          ))}
        </ul>
      )}
    </Shell>
  );
}

/** A member's own places, first, so recording a duty on a phone needs no scrolling through every post. */
function MyClaims({ posts, personId }: { posts: BoardPost[]; personId: string }) {
  const { t } = useI18n();
  const mine = posts.flatMap((post) =>
    Object.values(post.claims)
      .filter((c) => c.personId === personId)
      .map((c) => ({ post, claim: c })),
  );
  if (mine.length === 0) return null;
  return (
    <section className="team-card team-mine" aria-labelledby="mine-heading">
      <h2 id="mine-heading">{t("team.posts.mine")}</h2>
      <ul>
        {mine.map(({ post, claim }) => (
          <li key={claim.claimId}>
            <a href={`#post-${post.postId}`}>{post.name}</a>{" "}
            <span className="muted">{t("team.claims.since", { date: claim.claimedOn })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
