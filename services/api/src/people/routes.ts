import type { AccessControl } from "../access/access-control.ts";
import type { ApiRoute } from "../http/route.ts";
import { personRoutes } from "./person-routes.ts";
import { residentRoutes } from "./resident-routes.ts";
import type { PeopleService } from "./service.ts";

/** People and residents in need over HTTP. */
export function peopleRoutes(service: PeopleService, access: AccessControl): ApiRoute[] {
  return [...personRoutes(service, access), ...residentRoutes(service, access)];
}
