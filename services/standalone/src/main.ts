import { createServer } from "node:http";
import { listenOn } from "@cobuild/service-kit/listen";
import pino from "pino";
import { loadConfig } from "./env.ts";
import { startingHandler } from "./starting.ts";

const config = loadConfig();
const logger = pino({ level: config.LOG_LEVEL });
// Listen before loading the rest of the application, so health probes are answered from the first moment.
const httpServer = createServer(startingHandler);
const listening = await listenOn(httpServer, config);
logger.info({ address: listening.url }, `cobuild accepting connections at ${listening.url}; starting`);
const { startStandalone } = await import("./server.ts");
const server = await startStandalone(config, logger, undefined, { httpServer, listening });
void server.ready().then(() =>
  // Tests and scripts read this line (its "url") to find the port when PORT=0 and know it is ready.
  logger.info({ url: server.url, dataDir: config.DATA_DIR }, `cobuild listening on ${server.url}, ready`),
);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  await server.close();
  process.exit(0);
};
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
