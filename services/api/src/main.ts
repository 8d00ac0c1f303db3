import { stopOnSignals } from "@cobuild/service-kit";
import pino from "pino";
import { type ApiConfig, loadApiConfig } from "./env.ts";
import { startApiService } from "./server.ts";

let config: ApiConfig;
try {
  config = loadApiConfig();
} catch (error) {
  // The message names every bad setting; a stack trace would only hide it.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const logger = pino({ level: config.LOG_LEVEL });
const service = await startApiService(config, logger);
// Tests and scripts read this line to find the port when PORT=0.
logger.info({ url: service.url }, `api listening on ${service.url}`);
stopOnSignals("api", logger, service.close);
