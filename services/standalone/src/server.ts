import { existsSync, mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join, resolve } from "node:path";
import { boardWatchAccess, gatewaySessions, openSqliteSessionStore } from "@cobuild/access";
import {
  createApiRouter,
  createServices,
  DEFAULT_THROTTLE_RULES,
  expireDueAgreements,
  LoginThrottle,
  prepareHttpApp,
} from "@cobuild/api";
import { allProjections } from "@cobuild/boards";
import { InProcessBus } from "@cobuild/bus";
import { localDate } from "@cobuild/domain";
import { openSqliteEventStore } from "@cobuild/event-store";
import { attachGateway, type RunningGateway } from "@cobuild/gateway";
import { startProjector } from "@cobuild/projector";
import { healthRoutes, type Listening, listenOn, measureProjectorLag } from "@cobuild/service-kit";
import express from "express";
import type { Logger } from "pino";
import { BoardVersions } from "./board-versions.ts";
import { seedGuangming } from "./demo/seed.ts";
import type { StandaloneConfig } from "./env.ts";
import { StartupState } from "./startup-state.ts";
import { setUpStreet } from "./street-setup.ts";

export interface StandaloneServer {
  url: string;
  port: number;
  /** Resolves once the first start's setup (demo seed, street) is done and the boards hold the whole log. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** Everything in one process: SQLite log and boards, in-process bus, API, projector, gateway, web client. */
export async function startStandalone(
  config: StandaloneConfig,
  logger: Logger,
  clock: () => Date = () => new Date(),
  /** A server already listening (main.ts listens before loading the application); else one is made. */
  early?: { httpServer: Server; listening: Listening },
): Promise<StandaloneServer> {
  const dataDir = resolve(config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  // Appends commit in a writer thread: their fsyncs never hold up requests and sockets.
  const store = await openSqliteEventStore({
    path: join(dataDir, "events.sqlite"),
    clock,
    writerThread: true,
  });
  const logError = (error: unknown, context?: Record<string, unknown>) =>
    logger.error({ err: error, ...context }, "unexpected error");
  const bus = new InProcessBus(logError);
  const boards = new BoardVersions(dataDir, logger);
  // Assigned once attached; the build may catch up before that, and then has no watchers to resync.
  let gateway: RunningGateway | undefined;
  const projector = startProjector({
    store,
    boards: boards.current,
    bus,
    projections: allProjections,
    building: boards.building,
    onCaughtUp: () => boards.caughtUp(projector, gateway),
    onError: logError,
  });

  const stopMeasuringLag = measureProjectorLag(() => Math.max(0, projector.head() - projector.position()));
  const today = () => localDate(clock(), config.TIME_ZONE);
  const services = createServices({ store, today, boards: boards.serving });
  const sessions = openSqliteSessionStore(join(dataDir, "sessions.sqlite"));
  const startup = new StartupState();
  let stopping = false;
  const app = express();
  prepareHttpApp(app, config.TRUST_PROXY);
  app.use(
    healthRoutes(
      {
        setup: () => startup.check(),
        boards: () => boards.check(projector),
      },
      () => stopping,
    ),
  );
  app.use(
    "/api",
    createApiRouter(
      {
        store,
        today,
        boards: boards.serving,
        sessions,
        logError,
        secureCookies: config.SECURE_COOKIES,
        timeZone: config.TIME_ZONE,
        allowedOrigins: config.ALLOWED_ORIGINS,
        loginThrottle: new LoginThrottle({
          ...DEFAULT_THROTTLE_RULES,
          baseDelayMs: config.LOGIN_FIRST_WAIT_SECONDS * 1000,
        }),
      },
      services,
    ),
  );
  serveWebClient(app, config.WEB_DIST, logger);

  const httpServer = early?.httpServer ?? createServer(app);
  if (early) {
    // The application takes over every request from the placeholder that answered while it loaded.
    httpServer.removeAllListeners("request");
    httpServer.on("request", app);
  }
  const access = boardWatchAccess(sessions, services.accounts, services.access);
  gateway = await attachGateway({
    httpServer,
    boards: boards.serving,
    bus,
    access,
    allowedOrigins: config.ALLOWED_ORIGINS,
    sessions: gatewaySessions(sessions),
    onError: logError,
  });
  const attached = gateway;
  // Listen first: health answers at once, and the previous boards serve while the log is caught up.
  const { url, port } = early?.listening ?? (await listenOn(httpServer, config));

  // Agreements whose term is over are recorded as expired on start and then every hour.
  const sweep = async () => {
    try {
      await projector.waitFor(await store.headPosition());
      // The boards being projected, not those serving: while a new version builds, only it holds the index.
      const expired = await expireDueAgreements(services.agreements, boards.current, today());
      if (expired.length > 0) logger.info({ expired }, "agreements past their term recorded as expired");
    } catch (error) {
      logError(error);
    }
  };
  const sweepTimer = setInterval(() => void sweep(), 60 * 60 * 1000);
  sweepTimer.unref();
  const setup = startup.run(async () => {
    if (config.SEED_DEMO && (await store.headPosition()) === 0) {
      logger.info("empty event log: seeding the Guangming community demo");
      await seedGuangming(services, today(), (day) =>
        createServices({ store, today: () => day, boards: boards.serving }),
      );
    }
    await setUpStreet(services, config);
    await sweep();
  }, logError);

  return {
    url,
    port,
    ready: async () => {
      await setup;
      await projector.waitFor(await store.headPosition());
    },
    close: async () => {
      stopping = true;
      stopMeasuringLag();
      clearInterval(sweepTimer);
      await setup.catch(() => undefined);
      await attached.close();
      await new Promise<void>((done) => httpServer.close(() => done()));
      await projector.stop();
      await bus.close();
      await store.close();
      boards.close();
      sessions.close();
    },
  };
}

/** The built web client at `/`, when there is one; every other GET gets the app shell. */
function serveWebClient(app: express.Express, webDist: string, logger: Logger): void {
  if (!existsSync(join(webDist, "index.html"))) {
    logger.warn({ webDist }, "web client not built: run `npm run build:web`; serving the API only");
    return;
  }
  app.use(express.static(webDist, { index: false, maxAge: "1h" }));
  app.get(/^\/(?!api\/|socket\.io\/).*/, (_req, res) => res.sendFile(join(webDist, "index.html")));
}
