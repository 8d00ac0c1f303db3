import { LiveBoardPage } from "../pages/live-board.tsx";
import type { FeatureRoute } from "../routes.ts";

/** The live boards. */
export const liveRoutes: FeatureRoute[] = [
  { path: "/communities/:communityId/board", element: <LiveBoardPage /> },
];
