import { type FeatureRoute, lazyPage } from "../routes.ts";
// Order matters: sections restyle the base cards (and hold the phone rules), the wall restyles both.
import "./live.css";
import "./live-sections.css";
import "./wall.css";
import "./wall-sections.css";

const CommunityBoardPage = lazyPage(() => import("./board-page.tsx"), "CommunityBoardPage");
const StreetBoardPage = lazyPage(() => import("./street-page.tsx"), "StreetBoardPage");
const WallPage = lazyPage(() => import("./wall-page.tsx"), "WallPage");

/** The live boards: a community's board, its wall screen, and the street's roll-up. */
export const liveRoutes: FeatureRoute[] = [
  { path: "/communities/:communityId/board", element: <CommunityBoardPage /> },
  { path: "/communities/:communityId/wall", element: <WallPage /> },
  { path: "/streets/:streetId/board", element: <StreetBoardPage /> },
];
