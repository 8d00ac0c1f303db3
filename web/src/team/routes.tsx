import type { FeatureRoute } from "../routes.ts";

/** The team pages. */
export const teamRoutes: FeatureRoute[] = [];
