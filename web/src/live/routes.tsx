import type { FeatureRoute } from "../routes.ts";
import { CommunityBoardPage } from "./board-page.tsx";
import { StreetBoardPage } from "./street-page.tsx";
import { WallPage } from "./wall-page.tsx";
import "./live.css";
// After live.css: the wall screen restyles the same sections.
import "./wall.css";

/** The live boards: a community's board, its wall screen, and the street's roll-up. */
export const liveRoutes: FeatureRoute[] = [
  { path: "/communities/:communityId/board", element: <CommunityBoardPage /> },
  { path: "/communities/:communityId/wall", element: <WallPage /> },
  { path: "/streets/:streetId/board", element: <StreetBoardPage /> },
];
