import { type BoardPost, type PostsBoard, placesLeft } from "@cobuild/boards";

/** Open posts, those with free places first, then by name. */
export const openPosts = (board: PostsBoard): BoardPost[] =>
  Object.values(board.posts)
    .filter((p) => p.status === "open")
    .sort(
      (a, b) =>
        Number(placesLeft(b) > 0) - Number(placesLeft(a) > 0) ||
        a.name.localeCompare(b.name, "zh-CN") ||
        a.postId.localeCompare(b.postId),
    );

/** Places on open posts, how many are claimed, and how many are still free. */
export function placesOf(board: PostsBoard): { places: number; claimed: number; open: number } {
  let places = 0;
  let claimed = 0;
  let open = 0;
  for (const post of openPosts(board)) {
    places += post.places;
    claimed += Math.min(post.places, Object.keys(post.claims).length);
    open += placesLeft(post);
  }
  return { places, claimed, open };
}
