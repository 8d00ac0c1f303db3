import type { FeatureRoute } from "../routes.ts";

/** The staff pages. */
export const staffRoutes: FeatureRoute[] = [];
