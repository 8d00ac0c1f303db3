import { type FeatureRoute, lazyPage } from "../routes.ts";
import "./supermarket.css";

const SupermarketBoardPage = lazyPage(() => import("./board-page.tsx"), "SupermarketBoardPage");
const CounterPage = lazyPage(() => import("./counter-page.tsx"), "CounterPage");
const ItemsPage = lazyPage(() => import("./items-page.tsx"), "ItemsPage");
const ResidentsPage = lazyPage(() => import("./residents-page.tsx"), "ResidentsPage");

/** The supermarket pages: the public board, the keeper's counter, the catalogue, residents in need. */
export const supermarketRoutes: FeatureRoute[] = [
  { path: "/communities/:communityId/supermarket", element: <SupermarketBoardPage /> },
  { path: "/communities/:communityId/counter", element: <CounterPage /> },
  { path: "/communities/:communityId/setup/items", element: <ItemsPage /> },
  { path: "/communities/:communityId/setup/residents", element: <ResidentsPage /> },
];
