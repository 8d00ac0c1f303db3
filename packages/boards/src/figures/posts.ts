import type { BoardPost } from "../posts/board.ts";

/** Places still free on a post (never below zero, whatever the claims say). */
export const placesLeft = (post: Pick<BoardPost, "places" | "claims">): number =>
  Math.max(0, post.places - Object.keys(post.claims).length);
