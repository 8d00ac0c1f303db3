import type { FeatureRoute } from "../routes.ts";
import { CommunityBoardPage } from "./board-page.tsx";
import { StreetBoardPage } from "./street-page.tsx";
import { WallPage } from "./wall-page.tsx";
// Order matters: sections restyle the base cards (and hold the phone rules), the wall restyles both.
import "./live.css";
import "./live-sections.css";
import "./wall.css";
import "./wall-sections.css";

/** The live boards: a community's board, its wall screen, and the street's roll-up. */
export const liveRoutes: FeatureRoute[] = [
  { path: "/communities/:communityId/board", element: <CommunityBoardPage /> },
  { path: "/communities/:communityId/wall", element: <WallPage /> },
  { path: "/streets/:streetId/board", element: <StreetBoardPage /> },
];
