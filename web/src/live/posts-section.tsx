import type { BoardPost, PostsBoard } from "@cobuild/boards";
import { placesLeft } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { openPosts } from "./supply-figures.ts";

interface PostsProps {
  posts?: PostsBoard;
  /** How many posts with free places to list (the wall screen has room for fewer). */
  limit?: number;
}

/** Open service posts: those with places left first, each with who claimed which place; full ones folded away. */
export function PostsSection({ posts, limit }: PostsProps) {
  const { t, formatNumber } = useI18n();
  const list = posts ? openPosts(posts) : [];
  const withPlaces = list.filter((post) => placesLeft(post) > 0);
  const full = list.filter((post) => placesLeft(post) === 0);
  const shown = limit === undefined ? withPlaces : withPlaces.slice(0, limit);
  return (
    <section aria-labelledby="live-posts-heading" className="live-section live-card">
      <h2 id="live-posts-heading">{t("live.posts")}</h2>
      {!posts ? <p className="muted">{t("live.posts.missing")}</p> : null}
      {posts && list.length === 0 ? <p className="muted">{t("live.posts.none")}</p> : null}
      {withPlaces.length === 0 && full.length > 0 ? (
        <p className="live-ok">{t("live.posts.allFull")}</p>
      ) : null}
      <ul className="live-posts">
        {shown.map((post) => (
          <PostLine key={post.postId} post={post} />
        ))}
      </ul>
      {shown.length < withPlaces.length ? (
        <p className="muted">… +{formatNumber(withPlaces.length - shown.length)}</p>
      ) : null}
      {full.length > 0 && limit === undefined ? (
        <details className="live-details">
          <summary>{t("live.posts.fullCount", { n: formatNumber(full.length) })}</summary>
          <ul className="live-posts">
            {full.map((post) => (
              <PostLine key={post.postId} post={post} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function PostLine({ post }: { post: BoardPost }) {
  const { t, tOr, formatNumber } = useI18n();
  const left = placesLeft(post);
  const claims = Object.values(post.claims).sort((a, b) => a.claimedOn.localeCompare(b.claimedOn));
  return (
    <li className="live-post">
      <div className="live-post-head">
        <strong>{post.name}</strong>
        <span className="category">{tOr(`live.postCategory.${post.category}`, post.category)}</span>
        {left > 0 ? (
          <span className="live-places">
            {t("live.posts.left", { left: formatNumber(left), places: formatNumber(post.places) })}
          </span>
        ) : (
          <span className="chip live-full">{t("live.posts.full")}</span>
        )}
      </div>
      {post.area ? <div className="feed-meta">{post.area}</div> : null}
      <div className="live-claims">
        {claims.length === 0 ? (
          <span className="muted">{t("live.posts.unclaimed")}</span>
        ) : (
          <>
            <span className="muted">{t("live.posts.claimedBy")}</span>
            {claims
              .map((c) =>
                c.teamName ? `${c.personName}${t("live.posts.team", { team: c.teamName })}` : c.personName,
              )
              .join("、")}
          </>
        )}
      </div>
    </li>
  );
}
