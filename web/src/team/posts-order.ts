import { type BoardPost, placesLeft } from "@cobuild/boards";

/** Where a post stands for someone looking for a place. */
export type PostStanding = "open" | "full" | "closed";

/** Open with places left, open but full (已满), or closed. */
export const standingOf = (post: BoardPost): PostStanding =>
  post.status === "closed" ? "closed" : placesLeft(post) > 0 ? "open" : "full";

const RANK: Record<PostStanding, number> = { open: 0, full: 1, closed: 2 };

/**
 * The order posts are offered in: posts with places left first, then full ones, then closed ones;
 * within each, by name in pinyin order so the list stays put while places change.
 */
export function orderPosts(posts: readonly BoardPost[]): BoardPost[] {
  return [...posts].sort(
    (a, b) =>
      RANK[standingOf(a)] - RANK[standingOf(b)] ||
      a.name.localeCompare(b.name, "zh-CN") ||
      a.postId.localeCompare(b.postId),
  );
}
