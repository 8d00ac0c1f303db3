import { catalogueBoardProjection } from "./catalogue/projection.ts";
import { communityBoardProjection } from "./community/projection.ts";
import { directoryBoardProjection } from "./directory/projection.ts";
import type { BoardProjection } from "./projection.ts";

/**
 * Every board the platform keeps; projectors run all of them. Each projection is typed by its own board
 * data; the projector treats boards as opaque JSON, hence the widening here and nowhere else.
 */
export const allProjections: readonly BoardProjection[] = [
  communityBoardProjection as BoardProjection,
  catalogueBoardProjection as BoardProjection,
  directoryBoardProjection as BoardProjection,
];
