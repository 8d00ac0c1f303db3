import {
  boardIdOf,
  COMMUNITY_BOARD,
  type CommunityBoard,
  POSTS_BOARD,
  type PostsBoard,
  SUPERMARKET_BOARD,
  type SupermarketBoard,
} from "@cobuild/boards";
import { type BoardView, type ConnectionState, useBoard } from "../boards/use-board.ts";
import { worstConnection } from "./connection.ts";

/** What the live board watches of one community: its own board, its posts and its love supermarket. */
export interface CommunityBoards {
  community?: CommunityBoard;
  /** The community board's version, so a test or a reader can tell one snapshot from the next. */
  version?: number;
  posts?: PostsBoard;
  supermarket?: SupermarketBoard;
  connection: ConnectionState;
  /** The server says there is no such community board (yet). */
  missing: boolean;
  /** The server will not show the community board to this user. */
  refused: BoardView<CommunityBoard>["refused"];
}

/** Follows `community:<id>`, `posts:<id>` and `supermarket:<id>` at once. */
export function useCommunityBoards(communityId: string): CommunityBoards {
  const community = useBoard<CommunityBoard>(boardIdOf(COMMUNITY_BOARD, communityId));
  const posts = useBoard<PostsBoard>(boardIdOf(POSTS_BOARD, communityId));
  const supermarket = useBoard<SupermarketBoard>(boardIdOf(SUPERMARKET_BOARD, communityId));
  return {
    community: community.board?.data,
    version: community.board?.version,
    posts: posts.board?.data,
    supermarket: supermarket.board?.data,
    connection: worstConnection([community.connection, posts.connection, supermarket.connection]),
    missing: community.missing,
    refused: community.refused,
  };
}
