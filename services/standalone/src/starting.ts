import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * What the server answers while the application is still loading: alive on /healthz, "try again in a
 * second" (503, problem details, Retry-After) on everything else.
 */
export function startingHandler(request: IncomingMessage, response: ServerResponse): void {
  if (request.url === "/healthz") {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ status: "starting" }));
    return;
  }
  response.writeHead(503, { "content-type": "application/problem+json", "retry-after": "1" });
  response.end(
    JSON.stringify({
      type: "about:blank",
      title: "Starting",
      status: 503,
      detail: "The server is starting; try again in a moment.",
      code: "starting",
    }),
  );
}
