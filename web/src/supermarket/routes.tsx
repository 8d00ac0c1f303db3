import type { FeatureRoute } from "../routes.ts";
import { SupermarketBoardPage } from "./board-page.tsx";
import { CounterPage } from "./counter-page.tsx";
import { ItemsPage } from "./items-page.tsx";
import { ResidentsPage } from "./residents-page.tsx";
import "./supermarket.css";

/** The supermarket pages: the public board, the keeper's counter, the catalogue, residents in need. */
export const supermarketRoutes: FeatureRoute[] = [
  { path: "/communities/:communityId/supermarket", element: <SupermarketBoardPage /> },
  { path: "/communities/:communityId/counter", element: <CounterPage /> },
  { path: "/communities/:communityId/setup/items", element: <ItemsPage /> },
  { path: "/communities/:communityId/setup/residents", element: <ResidentsPage /> },
];
