import { existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import {
  boardWatchAccess,
  createApiApp,
  createServices,
  expireDueAgreementsEverywhere,
  openSqliteSessionStore,
} from "@cobuild/api";
import { SqliteBoardStore } from "@cobuild/board-store";
import { allProjections, boardsFileName } from "@cobuild/boards";
import { InProcessBus } from "@cobuild/bus";
import { localDate } from "@cobuild/domain";
import { openSqliteEventStore } from "@cobuild/event-store";
import { attachGateway } from "@cobuild/gateway";
import { startProjector } from "@cobuild/projector";
import { listenOn } from "@cobuild/service-kit";
import express from "express";
import type { Logger } from "pino";
import { seedGuangming } from "./demo/seed.ts";
import type { StandaloneConfig } from "./env.ts";
import { setUpStreet } from "./street-setup.ts";

export interface StandaloneServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Everything in one process: SQLite log and boards, in-process bus, API, projector, gateway, web client. */
export async function startStandalone(
  config: StandaloneConfig,
  logger: Logger,
  clock: () => Date = () => new Date(),
): Promise<StandaloneServer> {
  const dataDir = resolve(config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const store = await openSqliteEventStore({ path: join(dataDir, "events.sqlite"), clock });
  // A new boards version starts from an empty file and is rebuilt from the log; the old file may be deleted.
  const boards = new SqliteBoardStore(join(dataDir, boardsFileName()));
  const logError = (error: unknown) => logger.error({ err: error }, "unexpected error");
  const bus = new InProcessBus(logError);
  const projector = startProjector({ store, boards, bus, projections: allProjections, onError: logError });

  const today = () => localDate(clock(), config.TIME_ZONE);
  const services = createServices({ store, today, boards });
  if (config.SEED_DEMO && (await store.headPosition()) === 0) {
    logger.info("empty event log: seeding the Guangming community demo");
    await seedGuangming(services, today(), (day) => createServices({ store, today: () => day, boards }));
  }
  await setUpStreet(services, config);
  const sessions = openSqliteSessionStore(join(dataDir, "sessions.sqlite"));

  // Agreements whose term is over are recorded as expired on start and then every hour.
  const sweep = async () => {
    try {
      await projector.waitFor(await store.headPosition());
      const expired = await expireDueAgreementsEverywhere(services.agreements, boards, today());
      if (expired.length > 0) logger.info({ expired }, "agreements past their term recorded as expired");
    } catch (error) {
      logError(error);
    }
  };
  await sweep();
  const sweepTimer = setInterval(() => void sweep(), 60 * 60 * 1000);
  sweepTimer.unref();
  await projector.waitFor(await store.headPosition());

  const app = createApiApp(
    {
      store,
      today,
      boards,
      sessions,
      logError,
      secureCookies: config.SECURE_COOKIES,
      timeZone: config.TIME_ZONE,
    },
    services,
  );
  if (existsSync(join(config.WEB_DIST, "index.html"))) {
    app.use(express.static(config.WEB_DIST, { index: false, maxAge: "1h" }));
    // The client routes in the browser: every other GET gets the app shell.
    app.get(/^\/(?!api\/|socket\.io\/).*/, (_req, res) => res.sendFile(join(config.WEB_DIST, "index.html")));
  } else {
    logger.warn(
      { webDist: config.WEB_DIST },
      "web client not built: run `npm run build:web`; serving the API only",
    );
  }

  const httpServer = createServer(app);
  const access = boardWatchAccess(sessions, services.accounts, services.access);
  const gateway = await attachGateway({ httpServer, boards, bus, access, onError: logError });
  const { url, port } = await listenOn(httpServer, config);

  return {
    url,
    port,
    close: async () => {
      clearInterval(sweepTimer);
      await gateway.close();
      await new Promise<void>((done) => httpServer.close(() => done()));
      await projector.stop();
      await bus.close();
      await store.close();
      boards.close();
      sessions.close();
    },
  };
}
