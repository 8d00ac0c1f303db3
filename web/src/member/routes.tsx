import type { FeatureRoute } from "../routes.ts";

/** The member pages. */
export const memberRoutes: FeatureRoute[] = [];
