import {
  exitToBeRestarted,
  loadConfigOrExit,
  type ServiceLifecycle,
  stopOnSignals,
} from "@cobuild/service-kit";
import pino from "pino";
import { loadGatewayConfig } from "./env.ts";
import { startGatewayService } from "./server.ts";

const config = loadConfigOrExit(() => loadGatewayConfig());
const logger = pino({ level: config.LOG_LEVEL });
let lifecycle: ServiceLifecycle | undefined;
// Without its delta subscription a gateway serves boards that never change: exit, so the supervisor
// restarts it and its clients reconnect and take fresh snapshots.
const service = await startGatewayService(config, logger, (error) =>
  exitToBeRestarted("gateway", logger, lifecycle, "the board-delta subscription failed for good", error),
);
// Tests and scripts read this line to find the port when PORT=0.
logger.info({ url: service.url }, `gateway listening on ${service.url}`);
lifecycle = stopOnSignals("gateway", logger, service.close);
