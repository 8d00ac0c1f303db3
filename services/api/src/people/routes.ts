import type { AccessControl } from "../access/access-control.ts";
import type { ApiRoute } from "../http/route.ts";
import type { PeopleService } from "./service.ts";

/** People over HTTP. (Being built.) */
export function peopleRoutes(_service: PeopleService, _access: AccessControl): ApiRoute[] {
  return [];
}
