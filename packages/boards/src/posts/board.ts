import type { PostCategory, PostSchedule } from "@cobuild/domain";

/** Every service post (公益岗位) of a community, `posts:<communityId>`: places left and who holds them. */
export interface PostsBoard {
  communityId: string;
  posts: Record<string, BoardPost>;
}

export interface BoardPost {
  postId: string;
  name: string;
  category: PostCategory;
  places: number;
  schedule: PostSchedule;
  area: string;
  description: string;
  status: "open" | "closed";
  closedOn: string | null;
  /** Current claims; a released claim is removed, and its place is free again. */
  claims: Record<string, BoardClaim>;
}

export interface BoardClaim {
  claimId: string;
  personId: string;
  personName: string;
  teamId: string | null;
  teamName: string | null;
  claimedOn: string;
  /** Hours of duty recorded against the claim, exact to two decimals. */
  dutyHours: number;
}

export const POSTS_BOARD = "posts";
