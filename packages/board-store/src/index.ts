export { SqliteBoardReader } from "./sqlite-board-reader.ts";
export { BoardsMovedError, SqliteBoardStore } from "./sqlite-board-store.ts";
