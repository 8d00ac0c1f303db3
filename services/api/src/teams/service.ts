import type { ServiceDeps } from "../commands/service-deps.ts";

/** Teams: commands and queries, independent of HTTP. (Being built.) */
export function teamService(_deps: ServiceDeps) {
  return {};
}
export type TeamsService = ReturnType<typeof teamService>;
