import type { AccessControl } from "../access/access-control.ts";
import type { ApiRoute } from "../http/route.ts";
import type { SupermarketService } from "./service.ts";

/** Supermarket over HTTP. (Being built.) */
export function supermarketRoutes(_service: SupermarketService, _access: AccessControl): ApiRoute[] {
  return [];
}
