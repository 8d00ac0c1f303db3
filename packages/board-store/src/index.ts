export { SqliteBoardReader } from "./sqlite-board-reader.ts";
export { SqliteBoardStore } from "./sqlite-board-store.ts";
