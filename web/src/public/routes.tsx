import { type FeatureRoute, lazyPage } from "../routes.ts";
import "./public.css";

const PublicSitePage = lazyPage(() => import("./public-page.tsx"), "PublicSitePage");
const PublicSectionPage = lazyPage(() => import("./public-page.tsx"), "PublicSectionPage");
const PublicPosterPage = lazyPage(() => import("./poster-page.tsx"), "PublicPosterPage");

/** The public disclosure site (公开栏): open to anyone, no login, never wrapped in RequireLogin. */
export const publicRoutes: FeatureRoute[] = [
  { path: "/public/:communityId", element: <PublicSitePage /> },
  { path: "/public/:communityId/:section", element: <PublicSectionPage /> },
  { path: "/public/:communityId/:section/poster", element: <PublicPosterPage /> },
];
