export { SqliteBoardStore } from "./board-store.ts";
export { type ProjectorOptions, type RunningProjector, startProjector } from "./projector.ts";
