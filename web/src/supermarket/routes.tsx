import type { FeatureRoute } from "../routes.ts";

/** The supermarket pages. */
export const supermarketRoutes: FeatureRoute[] = [];
