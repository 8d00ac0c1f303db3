import type { BoardPost, PostsBoard, SupermarketBoard, SupermarketItem } from "@cobuild/boards";

/** Places still free on a post (never below zero, whatever the claims say). */
export const placesLeft = (post: BoardPost): number =>
  Math.max(0, post.places - Object.keys(post.claims).length);

/** Open posts, those with free places first, then by name. */
export const openPosts = (board: PostsBoard): BoardPost[] =>
  Object.values(board.posts)
    .filter((p) => p.status === "open")
    .sort(
      (a, b) =>
        Number(placesLeft(b) > 0) - Number(placesLeft(a) > 0) ||
        a.name.localeCompare(b.name) ||
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

/** True when an item's stock is below its minimum, or gone. */
export const isLowStock = (item: SupermarketItem): boolean =>
  item.stock <= 0 || item.stock < item.minimumStock;

/** Items below their minimum or gone, the emptiest (by share of the minimum) first. */
export function lowStock(board: SupermarketBoard): SupermarketItem[] {
  const share = (item: SupermarketItem) => (item.minimumStock > 0 ? item.stock / item.minimumStock : 0);
  return Object.values(board.items)
    .filter(isLowStock)
    .sort((a, b) => share(a) - share(b) || a.name.localeCompare(b.name));
}

/** The day's supermarket totals, zero when nothing happened that day. */
export const supermarketDay = (board: SupermarketBoard, day: string) =>
  board.days[day] ?? { donations: 0, intake: 0, money: 0, handouts: 0, handedOut: 0 };
