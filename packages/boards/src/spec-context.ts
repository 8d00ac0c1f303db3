// Test-only: not exported from the package entry, so no runtime code can come to rely on it.
import type { ProjectionContext } from "./projection.ts";

/** A context over boards held in a map, for projection specs that call `project` or `keysFor` directly. */
export const mapContext = (boards: ReadonlyMap<string, unknown>): ProjectionContext => ({
  board: <Data>(boardId: string) => boards.get(boardId) as Data | undefined,
});
