import pino from "pino";
import { loadConfig } from "./env.ts";
import { startStandalone } from "./server.ts";

const config = loadConfig();
const logger = pino({ level: config.LOG_LEVEL });
const server = await startStandalone(config, logger);
// Tests and scripts read this line to find the port when PORT=0.
logger.info({ url: server.url, dataDir: config.DATA_DIR }, `cobuild listening on ${server.url}`);

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
