import type { ServiceDeps } from "../commands/service-deps.ts";

/** Posts: commands and queries, independent of HTTP. (Being built.) */
export function postService(_deps: ServiceDeps) {
  return {};
}
export type PostsService = ReturnType<typeof postService>;
