import type { CommunityRegistered } from "@cobuild/domain";
import type { BoardProjection } from "../projection.ts";

/** Every community on the platform: what the home page lists. One board, `directory:all`. */
export interface DirectoryBoard {
  communities: Record<string, { communityId: string; streetId: string; name: string; street: string }>;
}

export const DIRECTORY_BOARD = "directory";
export const DIRECTORY_BOARD_ID = `${DIRECTORY_BOARD}:all`;

/** One small op per registration: the board grows with the city, but never gets rewritten whole. */
export const directoryBoardProjection: BoardProjection<DirectoryBoard, CommunityRegistered> = {
  kind: DIRECTORY_BOARD,
  handles: ["CommunityRegistered"],
  keysFor: () => ["all"],
  initial: () => ({ communities: {} }),
  project: (_board, event) => {
    const { communityId, streetId, name, street } = event.data;
    const value = { communityId, streetId, name, street };
    return [{ op: "set", path: ["communities", communityId], value }];
  },
};
