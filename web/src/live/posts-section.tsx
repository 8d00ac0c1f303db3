import type { PostsBoard } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { openPosts, placesLeft } from "./supply-figures.ts";

interface PostsProps {
  posts?: PostsBoard;
  /** How many posts to list (the wall screen has room for fewer). */
  limit?: number;
}

/** Open service posts: places left, and who claimed which place (for which team). */
export function PostsSection({ posts, limit }: PostsProps) {
  const { t, tOr, formatNumber } = useI18n();
  const list = posts ? openPosts(posts) : [];
  const shown = limit === undefined ? list : list.slice(0, limit);
  return (
    <section aria-labelledby="live-posts-heading" className="live-section live-card">
      <h2 id="live-posts-heading">{t("live.posts")}</h2>
      {!posts ? <p className="muted">{t("live.posts.missing")}</p> : null}
      {posts && list.length === 0 ? <p className="muted">{t("live.posts.none")}</p> : null}
      <ul className="live-posts">
        {shown.map((post) => {
          const left = placesLeft(post);
          const claims = Object.values(post.claims).sort((a, b) => a.claimedOn.localeCompare(b.claimedOn));
          return (
            <li key={post.postId} className="live-post">
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
                        c.teamName
                          ? `${c.personName}${t("live.posts.team", { team: c.teamName })}`
                          : c.personName,
                      )
                      .join("、")}
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {shown.length < list.length ? (
        <p className="muted">… +{formatNumber(list.length - shown.length)}</p>
      ) : null}
    </section>
  );
}
