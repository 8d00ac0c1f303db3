import type { ServiceDeps } from "../commands/service-deps.ts";

/** Supermarket: commands and queries, independent of HTTP. (Being built.) */
export function supermarketService(_deps: ServiceDeps) {
  return {};
}
export type SupermarketService = ReturnType<typeof supermarketService>;
