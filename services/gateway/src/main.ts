import { stopOnSignals } from "@cobuild/service-kit";
import pino from "pino";
import { type GatewayConfig, loadGatewayConfig } from "./env.ts";
import { startGatewayService } from "./server.ts";

let config: GatewayConfig;
try {
  config = loadGatewayConfig();
} catch (error) {
  // The message names every bad setting; a stack trace would only hide it.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const logger = pino({ level: config.LOG_LEVEL });
const service = await startGatewayService(config, logger);
// Tests and scripts read this line to find the port when PORT=0.
logger.info({ url: service.url }, `gateway listening on ${service.url}`);
stopOnSignals("gateway", logger, service.close);
