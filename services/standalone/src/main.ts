import pino from "pino";
import { loadConfig } from "./env.ts";
import { startStandalone } from "./server.ts";

const config = loadConfig();
const logger = pino({ level: config.LOG_LEVEL });
const server = await startStandalone(config, logger);
logger.info({ address: server.url }, `cobuild accepting connections at ${server.url}; setting up`);
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
