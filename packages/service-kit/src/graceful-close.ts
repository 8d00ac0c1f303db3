import type { Server } from "node:http";

/**
 * How a service process stops serving HTTP: stop accepting, let requests in flight finish, and hang up
 * each keep-alive connection as soon as it has nothing left to answer. `server.close()` alone drops only
 * the connections idle at that moment; one whose request was still in flight would hold the close open
 * until its keep-alive timeout. A request that arrives on an open connection once `stopping()` is true
 * is still answered (health routes say 503 then), with `Connection: close` so the client goes elsewhere.
 * Call it before anything else listens for requests on the server.
 */
export function gracefulClose(server: Server, stopping: () => boolean): () => Promise<void> {
  server.prependListener("request", (_request, response) => {
    if (!stopping()) return;
    response.setHeader("Connection", "close");
  });
  server.on("request", (_request, response) => {
    // After this response the connection may be idle; let the loop finish with it, then drop it.
    response.on("finish", () => {
      if (stopping()) setImmediate(() => server.closeIdleConnections());
    });
  });
  return () =>
    new Promise<void>((done, fail) => {
      server.close((error) => (error ? fail(error) : done()));
    });
}
