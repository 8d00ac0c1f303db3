import type { ServiceDeps } from "../commands/service-deps.ts";

/** Meetings: commands and queries, independent of HTTP. (Being built.) */
export function meetingService(_deps: ServiceDeps) {
  return {};
}
export type MeetingsService = ReturnType<typeof meetingService>;
