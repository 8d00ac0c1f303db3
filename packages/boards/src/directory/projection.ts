import type { BoardProjection } from "../projection.ts";

/** Every community on the platform: what the home page lists. One board, `directory:all`. */
export interface DirectoryBoard {
  communities: Record<string, { communityId: string; streetId: string; name: string; street: string }>;
}

export const DIRECTORY_BOARD = "directory";
export const DIRECTORY_BOARD_ID = `${DIRECTORY_BOARD}:all`;

export const directoryBoardProjection: BoardProjection<DirectoryBoard> = {
  kind: DIRECTORY_BOARD,
  keysFor: (event) => (event.type === "CommunityRegistered" ? ["all"] : []),
  initial: () => ({ communities: {} }),
  project: (_board, event) => {
    if (event.type !== "CommunityRegistered") return [];
    const { communityId, streetId, name, street } = event.data;
    const value = { communityId, streetId, name, street };
    return [{ op: "set", path: ["communities", communityId], value }];
  },
};
