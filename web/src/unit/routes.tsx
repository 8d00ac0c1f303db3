import { LogContributionPage } from "../pages/log-contribution.tsx";
import type { FeatureRoute } from "../routes.ts";

/** A unit's pages: its ledger, logging a contribution, recording a donation. */
export const unitRoutes: FeatureRoute[] = [
  { path: "/communities/:communityId/log", element: <LogContributionPage /> },
];
