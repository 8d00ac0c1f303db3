import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { healthRoutes, type ReadinessCheck } from "./health.ts";

export interface Listening {
  /** Where to reach the server; a wildcard address is named `localhost`, somewhere a browser can go. */
  url: string;
  port: number;
}

/** Starts listening on the configured port (0 picks a free one) and says where. */
export async function listenOn(
  httpServer: Server,
  settings: { PORT: number; HOST: string },
): Promise<Listening> {
  await new Promise<void>((done) => httpServer.listen(settings.PORT, settings.HOST, done));
  const { port } = httpServer.address() as AddressInfo;
  const host = settings.HOST === "0.0.0.0" || settings.HOST === "::" ? "localhost" : settings.HOST;
  return { url: `http://${host}:${port}`, port };
}

/**
 * The HTTP side of a worker process that serves no API (projector, relay): /healthz, /readyz and a
 * /status answer with how far it has got.
 */
export async function startHealthServer(options: {
  settings: { PORT: number; HOST: string };
  checks: Record<string, ReadinessCheck>;
  stopping: () => boolean;
  status: () => unknown;
}): Promise<Listening & { close(): Promise<void> }> {
  const app = express();
  app.disable("x-powered-by");
  app.use(healthRoutes(options.checks, options.stopping));
  app.get("/status", async (_req, res) => {
    res.json(await options.status());
  });
  const httpServer = createServer(app);
  const listening = await listenOn(httpServer, options.settings);
  return { ...listening, close: () => new Promise<void>((done) => httpServer.close(() => done())) };
}
