import type { AccessControl } from "../access/access-control.ts";
import type { ApiRoute } from "../http/route.ts";
import type { PostsService } from "./service.ts";

/** Posts over HTTP. (Being built.) */
export function postRoutes(_service: PostsService, _access: AccessControl): ApiRoute[] {
  return [];
}
