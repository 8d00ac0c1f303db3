import type { AccessControl } from "../access/access-control.ts";
import type { ApiRoute } from "../http/route.ts";
import type { TeamsService } from "./service.ts";

/** Teams over HTTP. (Being built.) */
export function teamRoutes(_service: TeamsService, _access: AccessControl): ApiRoute[] {
  return [];
}
