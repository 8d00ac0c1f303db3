export type { WrittenBoard } from "./board-parts.ts";
export { ServingBoards } from "./serving-boards.ts";
export { SqliteBoardReader } from "./sqlite-board-reader.ts";
export { type BoardCommit, BoardsMovedError, SqliteBoardStore } from "./sqlite-board-store.ts";
export { openPreviousBoards } from "./versions.ts";
