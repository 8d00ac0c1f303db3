import { type BoardPost, boardIdOf, POSTS_BOARD, type PostsBoard, placesLeft } from "@cobuild/boards";
import { Link, useParams } from "react-router";
import { useBoard } from "../boards/use-board.ts";
import { BoardMessage } from "../components/board-message.tsx";
import { Shell } from "../components/shell.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";
import { RequireLogin } from "../session/require-login.tsx";
import type { User } from "../session/session.tsx";
import { ClosePostForm } from "./close-post.tsx";
import { OpenPost } from "./open-post.tsx";
import { orderPosts, standingOf } from "./posts-order.ts";
import { rightsIn } from "./rights.ts";
import { describeSchedule } from "./schedule.ts";
import { Reveal, useScheduleWords } from "./ui.tsx";

/** 岗位设置: staff open and close posts and see who claimed them. Needs a staff login. */
export function SetupPostsPage() {
  return <RequireLogin>{(user) => <SetupPosts user={user} />}</RequireLogin>;
}

function SetupPosts({ user }: { user: User }) {
  const { communityId = "" } = useParams();
  const { t, formatNumber } = useI18n();
  const staff = rightsIn(user.grants, communityId).staff;
  const { board, connection, missing, refused } = useBoard<PostsBoard>(boardIdOf(POSTS_BOARD, communityId));
  if (!staff) {
    return (
      <Shell>
        <p className="status-line" role="alert">
          {t("team.staffOnly")}
        </p>
      </Shell>
    );
  }
  // A community's posts board appears with its first post, so a missing one only means "none yet" and
  // the form to open the first post stays; a refusal leaves nothing to do here.
  if (refused) {
    return (
      <Shell connection={connection}>
        <BoardMessage
          view={{ missing, refused }}
          notFound={t("team.setup.notFound")}
          notAllowed={t("team.setup.notAllowed")}
        />
      </Shell>
    );
  }
  const posts = board ? orderPosts(Object.values(board.data.posts)) : [];
  return (
    <Shell title={t("team.setup.postsTitle")} connection={connection}>
      <p className="team-back">
        <Link to={paths.setup(communityId)}>{t("team.setup.back")}</Link>
      </p>
      <h1>{t("team.setup.postsTitle")}</h1>
      <nav className="team-jump team-jump-narrow" aria-label={t("team.jump")}>
        <a href="#open-post">{t("team.open.title")}</a>
      </nav>
      <div className="team-grid">
        <section className="team-main" aria-labelledby="posts-heading">
          <h2 id="posts-heading">{t("team.setup.postsList", { n: formatNumber(posts.length) })}</h2>
          {!board ? <p className="muted">{missing ? t("team.setup.noPosts") : t("team.loading")}</p> : null}
          {board && posts.length === 0 ? <p className="muted">{t("team.setup.noPosts")}</p> : null}
          <ul className="team-setup-list">
            {posts.map((post) => (
              <SetupPostRow key={post.postId} post={post} />
            ))}
          </ul>
          <p>
            <Link to={paths.posts(communityId)}>{t("team.setup.toPosts")}</Link>
          </p>
        </section>
        <aside className="team-side">
          <section className="team-card" id="open-post">
            <OpenPost communityId={communityId} />
          </section>
        </aside>
      </div>
    </Shell>
  );
}

function SetupPostRow({ post }: { post: BoardPost }) {
  const { t, tOr, formatNumber } = useI18n();
  const words = useScheduleWords();
  const standing = standingOf(post);
  const claims = Object.values(post.claims).sort((a, b) => a.claimedOn.localeCompare(b.claimedOn));
  return (
    <li className={`team-card team-setup-post-${standing}`}>
      <div className="team-setup-head">
        <h3>{post.name}</h3>
        <span className="category">{tOr(`team.postCategory.${post.category}`, post.category)}</span>
        {standing === "closed" ? (
          <span className="chip team-chip-closed">
            {t("team.post.closed", { date: post.closedOn ?? "" })}
          </span>
        ) : standing === "full" ? (
          <span className="chip team-chip-full">{t("team.post.full")}</span>
        ) : (
          <span className="chip chip-signed">{t("team.post.open")}</span>
        )}
        <span className="team-setup-places">
          {t("team.post.placesLeft", {
            left: formatNumber(placesLeft(post)),
            places: formatNumber(post.places),
          })}
        </span>
      </div>
      <p className="feed-meta">
        {describeSchedule(post.schedule, words)} · {post.area}
      </p>
      <div className="team-setup-actions">
        <Reveal
          label={t("team.setup.claims", { n: formatNumber(claims.length) })}
          name={t("team.setup.claimsOf", { name: post.name, n: formatNumber(claims.length) })}
        >
          {() =>
            claims.length === 0 ? (
              <p className="muted">{t("team.post.noClaims")}</p>
            ) : (
              <table className="team-table">
                <thead>
                  <tr>
                    <th scope="col">{t("team.setup.claimant")}</th>
                    <th scope="col">{t("team.setup.claimTeam")}</th>
                    <th scope="col">{t("team.setup.claimedOn")}</th>
                    <th scope="col">{t("team.setup.dutyHours")}</th>
                  </tr>
                </thead>
                <tbody>
                  {claims.map((c) => (
                    <tr key={c.claimId}>
                      <th scope="row">{c.personName}</th>
                      <td>{c.teamName ?? t("team.post.selfClaim")}</td>
                      <td>{c.claimedOn}</td>
                      <td>{formatNumber(c.dutyHours)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </Reveal>
        {post.status === "open" ? (
          <Reveal label={t("team.close.open")} name={t("team.close.title", { name: post.name })}>
            {(close) => <ClosePostForm postId={post.postId} name={post.name} onCancel={close} />}
          </Reveal>
        ) : null}
      </div>
    </li>
  );
}
