import type { AccessControl } from "../access/access-control.ts";
import type { ApiRoute } from "../http/route.ts";
import type { MeetingsService } from "./service.ts";

/** Meetings over HTTP. (Being built.) */
export function meetingRoutes(_service: MeetingsService, _access: AccessControl): ApiRoute[] {
  return [];
}
