import { boardWatchAccess, type SessionStore } from "@cobuild/access";
import type { BoardReader } from "@cobuild/boards";
import type { TrustProxy } from "@cobuild/service-kit/env";
import express, { type Express } from "express";
import { type AccessControl, accessControl } from "./access/access-control.ts";
import { accountService } from "./accounts/service.ts";
import { agreementService } from "./agreements/commands.ts";
import { agreementRoutes } from "./agreements/routes.ts";
import { auditRoutes } from "./audit/routes.ts";
import { authenticate } from "./auth/authenticate.ts";
import type { LoginThrottle } from "./auth/login-throttle.ts";
import { authRoutes } from "./auth/routes.ts";
import { boardRoutes } from "./boards/routes.ts";
import { aggregateReaders } from "./commands/readers.ts";
import type { CommandDeps } from "./commands/run-command.ts";
import { catalogueReader, type ServiceDeps } from "./commands/service-deps.ts";
import { StreamQueue } from "./commands/stream-queue.ts";
import { evaluationRoutes } from "./evaluations/routes.ts";
import { evaluationService } from "./evaluations/service.ts";
import { openApiDocument } from "./http/openapi.ts";
import { problemDetails } from "./http/problem-details.ts";
import { requestGuard } from "./http/request-guard.ts";
import { type ApiRoute, mountRoutes } from "./http/route.ts";
import { noStore, prepareHttpApp } from "./http/security-headers.ts";
import { meetingRoutes } from "./meetings/routes.ts";
import { meetingService } from "./meetings/service.ts";
import { peopleRoutes } from "./people/routes.ts";
import { peopleService } from "./people/service.ts";
import { pledgeRoutes } from "./pledges/routes.ts";
import { pledgeService } from "./pledges/service.ts";
import { postRoutes } from "./posts/routes.ts";
import { postService } from "./posts/service.ts";
import { publicRoutes } from "./public/routes.ts";
import { recordRoutes } from "./records/routes.ts";
import { registryService } from "./registry/commands.ts";
import { registryRoutes } from "./registry/routes.ts";
import { supermarketRoutes } from "./supermarket/routes.ts";
import { supermarketService } from "./supermarket/service.ts";
import { teamRoutes } from "./teams/routes.ts";
import { teamService } from "./teams/service.ts";

/** What the services need: the log, the clock, and the boards (for listing a community's things). */
export interface ServicesDeps extends CommandDeps {
  boards: BoardReader;
}

export interface ApiDeps extends ServicesDeps {
  sessions: SessionStore;
  /** Unexpected errors (5xx), with what is known of the request they happened in. */
  logError: (error: unknown, context?: Record<string, unknown>) => void;
  /** Send the session cookie only over HTTPS (set when served behind TLS). */
  secureCookies?: boolean;
  /** The community's time zone, told to clients so their "today" is the server's; default Asia/Shanghai. */
  timeZone?: string;
  /** Login attempt counts (tests pass their own rules and clock). */
  loginThrottle?: LoginThrottle;
  /** Browser origins besides the server's own that may send commands (see requestGuard). */
  allowedOrigins?: readonly string[];
  /** Whom to believe about the client's address and scheme (Express "trust proxy"); default nobody. */
  trustProxy?: TrustProxy;
}

/** The application's commands and queries, without HTTP: used by the routes, the seed and scripts. */
export function createServices(deps: ServicesDeps) {
  const read = aggregateReaders(deps.store);
  const access = accessControl(read);
  const runtime: ServiceDeps = {
    store: deps.store,
    today: deps.today,
    queue: new StreamQueue(),
    access,
    catalogue: catalogueReader(deps.boards),
    read,
  };
  const registry = registryService(runtime);
  return {
    runtime,
    access,
    accounts: accountService(runtime),
    registry,
    agreements: agreementService(runtime, registry),
    people: peopleService(runtime),
    meetings: meetingService(runtime),
    teams: teamService(runtime),
    posts: postService(runtime),
    supermarket: supermarketService(runtime),
    evaluations: evaluationService(runtime),
    pledges: pledgeService(runtime),
  };
}
export type Services = ReturnType<typeof createServices>;

/** Every API route, in mounting order: the one list the router and the OpenAPI document share. */
export function apiRoutes(deps: ApiDeps, services: Services): ApiRoute[] {
  const { access } = services;
  return [
    ...authRoutes({
      sessions: deps.sessions,
      accounts: services.accounts,
      access,
      secureCookies: deps.secureCookies ?? false,
      timeZone: deps.timeZone ?? "Asia/Shanghai",
      loginThrottle: deps.loginThrottle,
    }),
    ...registryRoutes(services.registry, access),
    ...agreementRoutes(services.agreements, access),
    ...evaluationRoutes(services.evaluations, access),
    ...peopleRoutes(services.people, access),
    ...meetingRoutes(services.meetings, access, deps.today),
    ...teamRoutes(services.teams, access),
    ...postRoutes(services.posts, access),
    ...pledgeRoutes(services.pledges, access),
    ...supermarketRoutes(services.supermarket, access),
    ...recordRoutes(services.runtime, access),
    ...boardRoutes(deps.boards, boardWatchAccess(deps.sessions, services.accounts, access)),
    ...publicRoutes({ boards: deps.boards, today: deps.today }),
    ...auditRoutes({
      boards: deps.boards,
      access,
      today: deps.today,
      timeZone: deps.timeZone ?? "Asia/Shanghai",
    }),
  ];
}

/** The HTTP API under /api: JSON in, JSON or problem+json out. */
export function createApiRouter(deps: ApiDeps, services: Services = createServices(deps)): express.Router {
  const api = express.Router();
  const routes = apiRoutes(deps, services);
  const document = openApiDocument(routes, "0.2.0");
  api.use(noStore);
  api.get("/openapi.json", (_req, res) => void res.json(document));
  api.use(express.json({ limit: "256kb" }));
  api.use((req, _res, next) => {
    // A body that is not JSON would otherwise read as "every field missing".
    const hasBody =
      Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined;
    if (req.method !== "GET" && hasBody && !req.is("application/json")) {
      next(
        Object.assign(new Error("Send the body as application/json."), { type: "content_type.unsupported" }),
      );
    } else next();
  });
  api.use(authenticate(deps.sessions, services.accounts));
  mountRoutes(api, routes, requestGuard(deps.allowedOrigins ?? []));
  api.use((req, _res, next) => {
    next(Object.assign(new Error(`No route ${req.method} ${req.path}`), { type: "route.not_found" }));
  });
  api.use(problemDetails(deps.logError));
  return api;
}

/** An Express app serving only the API: what tests and the separate api process use. */
export function createApiApp(deps: ApiDeps, services: Services = createServices(deps)): Express {
  const app = express();
  prepareHttpApp(app, deps.trustProxy ?? false);
  app.get("/healthz", (_req, res) => void res.json({ status: "ok" }));
  app.use("/api", createApiRouter(deps, services));
  return app;
}

export type { AccessControl };
