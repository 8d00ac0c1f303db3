import { createServer } from "node:http";
import express from "express";
import { healthRoutes, type ReadinessCheck } from "./health.ts";
import { type Listening, listenOn } from "./listen.ts";

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
