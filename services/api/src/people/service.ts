import type { ServiceDeps } from "../commands/service-deps.ts";

/** People: commands and queries, independent of HTTP. (Being built.) */
export function peopleService(_deps: ServiceDeps) {
  return {};
}
export type PeopleService = ReturnType<typeof peopleService>;
