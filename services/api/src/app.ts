import type { BoardReader } from "@cobuild/boards";
import express, { type Express } from "express";
import { agreementService } from "./agreements/commands.ts";
import { agreementRoutes } from "./agreements/routes.ts";
import { boardRoutes } from "./boards/routes.ts";
import type { CommandDeps } from "./commands/run-command.ts";
import { StreamQueue } from "./commands/stream-queue.ts";
import { problemDetails } from "./http/problem-details.ts";
import { registryService } from "./registry/commands.ts";
import { registryRoutes } from "./registry/routes.ts";

export interface ApiDeps extends CommandDeps {
  boards: BoardReader;
  logError: (error: unknown) => void;
}

/** The application's commands and queries, without HTTP: used by the routes and by the demo seed. */
export function createServices(deps: CommandDeps) {
  const withQueue = { ...deps, queue: new StreamQueue() };
  const registry = registryService(withQueue);
  return { registry, agreements: agreementService(withQueue, registry) };
}
export type Services = ReturnType<typeof createServices>;

/** The HTTP API under /api: JSON in, JSON or problem+json out. */
export function createApiRouter(deps: ApiDeps, services: Services = createServices(deps)): express.Router {
  const api = express.Router();
  api.use(express.json({ limit: "256kb" }));
  api.use((req, _res, next) => {
    // A command without a JSON body would otherwise read as "every field missing".
    const hasBody =
      Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined;
    if (req.method === "POST" && hasBody && !req.is("application/json")) {
      next(
        Object.assign(new Error("Send the body as application/json."), { type: "content_type.unsupported" }),
      );
    } else next();
  });
  api.use(registryRoutes(services.registry));
  api.use(agreementRoutes(services.agreements));
  api.use(boardRoutes(deps.boards));
  api.use((req, _res, next) => {
    next(Object.assign(new Error(`No route ${req.method} ${req.path}`), { type: "route.not_found" }));
  });
  api.use(problemDetails(deps.logError));
  return api;
}

/** An Express app serving only the API: what tests and the separate api process use. */
export function createApiApp(deps: ApiDeps, services: Services = createServices(deps)): Express {
  const app = express();
  app.disable("x-powered-by");
  app.get("/healthz", (_req, res) => void res.json({ status: "ok" }));
  app.use("/api", createApiRouter(deps, services));
  return app;
}
