import { mkdirSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import {
  accessControl,
  boardWatchAccess,
  gatewaySessions,
  logAccessReads,
  openSqliteSessionStore,
} from "@cobuild/access";
import { SqliteBoardReader } from "@cobuild/board-store";
import { boardsFileName, DIRECTORY_BOARD_ID } from "@cobuild/boards";
import {
  gracefulClose,
  healthRoutes,
  listenOn,
  metricsRoute,
  openConfiguredBus,
  openConfiguredEventStore,
} from "@cobuild/service-kit";
import express from "express";
import type { Logger } from "pino";
import type { GatewayConfig } from "./env.ts";
import { attachGateway } from "./gateway.ts";

export interface RunningGatewayService {
  url: string;
  port: number;
  /** Drops every client (they reconnect to another gateway), then closes the bus, log, sessions, boards. */
  close(): Promise<void>;
}

/**
 * The Socket.IO gateway on its own: snapshots from the boards file the projector writes, deltas from
 * the bus (every gateway receives every delta), logins checked against the sessions the api writes and
 * the accounts in the log. Replicas scale out behind a load balancer that keeps a client on one of them.
 * `onFatal` hears the bus lose the delta subscription for good; /readyz reports it from then on.
 */
export async function startGatewayService(
  config: GatewayConfig,
  logger: Logger,
  onFatal?: (error: Error) => void,
): Promise<RunningGatewayService> {
  const dataDir = resolve(config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const settings = { ...config, DATA_DIR: dataDir };
  const logError = (error: unknown) => logger.error({ err: error }, "unexpected error");
  const store = await openConfiguredEventStore(settings);
  const boards = new SqliteBoardReader(join(dataDir, boardsFileName()));
  const sessions = openSqliteSessionStore(join(dataDir, "sessions.sqlite"));
  let busFailure: Error | undefined;
  const bus = await openConfiguredBus(settings, "gateway", logError, (error) => {
    busFailure = error;
    onFatal?.(error);
  });
  // The watch policy reads accounts and communities straight from the log; no command side is loaded.
  const reads = logAccessReads(store);

  let stopping = false;
  const app = express();
  app.disable("x-powered-by");
  app.get("/metrics", metricsRoute);
  app.use(
    healthRoutes(
      {
        eventStore: async () => void (await store.headPosition()),
        boards: async () => void (await boards.getBoard(DIRECTORY_BOARD_ID)),
        bus: () => {
          if (busFailure) throw new Error(`no longer receives board deltas: ${busFailure.message}`);
        },
      },
      () => stopping,
    ),
  );
  const httpServer = createServer(app);
  const stopServing = gracefulClose(httpServer, () => stopping);
  const gateway = await attachGateway({
    httpServer,
    boards,
    bus,
    access: boardWatchAccess(sessions, reads, accessControl(reads)),
    allowedOrigins: config.ALLOWED_ORIGINS,
    sessions: gatewaySessions(sessions),
    onError: logError,
  });
  const { url, port } = await listenOn(httpServer, config);

  return {
    url,
    port,
    close: async () => {
      stopping = true;
      // Stop accepting first: a socket that joined while the delta subscription ends would get a
      // snapshot and then no deltas until the engine drops it.
      const served = stopServing();
      try {
        await gateway.close();
      } finally {
        await served;
      }
      await bus.close();
      await store.close();
      sessions.close();
      boards.close();
    },
  };
}
