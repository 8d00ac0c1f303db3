import { mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import { openSqliteSessionStore } from "@cobuild/access";
import { SqliteBoardReader } from "@cobuild/board-store";
import { boardsFileName, DIRECTORY_BOARD_ID } from "@cobuild/boards";
import { localDate } from "@cobuild/domain";
import { gracefulClose, healthRoutes, listenOn, openConfiguredEventStore } from "@cobuild/service-kit";
import express from "express";
import type { Logger } from "pino";
import { expireDueAgreements } from "./agreements/expiry-sweep.ts";
import { createApiRouter, createServices } from "./app.ts";
import { DEFAULT_THROTTLE_RULES, LoginThrottle } from "./auth/login-throttle.ts";
import type { ApiConfig } from "./env.ts";
import { prepareHttpApp } from "./http/security-headers.ts";

export interface RunningApiService {
  url: string;
  port: number;
  /** Stops taking requests, lets those in flight finish, then closes the log, boards and sessions. */
  close(): Promise<void>;
}

const SWEEP_EVERY_MS = 60 * 60 * 1000;

/**
 * The API on its own: commands and queries against the configured log, boards read from the file the
 * projector writes, sessions in a file every api replica shares. Stateless otherwise, so replicas scale
 * out behind any load balancer.
 */
export async function startApiService(
  config: ApiConfig,
  logger: Logger,
  clock: () => Date = () => new Date(),
): Promise<RunningApiService> {
  const dataDir = resolve(config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const logError = (error: unknown, context?: Record<string, unknown>) =>
    logger.error({ err: error, ...context }, "unexpected error");
  const store = await openConfiguredEventStore({ ...config, DATA_DIR: dataDir }, clock);
  const boards = new SqliteBoardReader(join(dataDir, boardsFileName()));
  const sessions = openSqliteSessionStore(join(dataDir, "sessions.sqlite"));
  const today = () => localDate(clock(), config.TIME_ZONE);
  const services = createServices({ store, today, boards });

  // Agreements whose term is over are recorded as expired on start and then every hour. The boards are
  // the projector's and may lag the log a little; what they do not list yet, the next sweep finds.
  // Every api replica sweeps, and that is safe: each expiry is appended with the revision it was decided
  // on, so of two replicas racing for one agreement the second is refused (the agreement is no longer
  // active) and stops its sweep; nothing is recorded twice.
  const sweep = async () => {
    try {
      const expired = await expireDueAgreements(services.agreements, boards, today());
      if (expired.length > 0) logger.info({ expired }, "agreements past their term recorded as expired");
    } catch (error) {
      logError(error);
    }
  };
  let sweeping = sweep();
  const sweepTimer = setInterval(() => {
    sweeping = sweep();
  }, SWEEP_EVERY_MS);
  sweepTimer.unref();

  let stopping = false;
  const app = express();
  prepareHttpApp(app, config.TRUST_PROXY);
  app.use(
    healthRoutes(
      {
        eventStore: async () => void (await store.headPosition()),
        boards: async () => void (await boards.getBoard(DIRECTORY_BOARD_ID)),
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
        boards,
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

  const httpServer = createServer(app);
  const stopServing = gracefulClose(httpServer, () => stopping);
  const { url, port } = await listenOn(httpServer, config);

  return {
    url,
    port,
    close: async () => {
      stopping = true;
      clearInterval(sweepTimer);
      await stopServing();
      await sweeping;
      await store.close();
      boards.close();
      sessions.close();
    },
  };
}
