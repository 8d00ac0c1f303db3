import {
  exitToBeRestarted,
  loadConfigOrExit,
  type ServiceLifecycle,
  stopOnSignals,
} from "@cobuild/service-kit";
import pino from "pino";
import { loadRelayConfig } from "./env.ts";
import { startRelayService } from "./server.ts";

const config = loadConfigOrExit(() => loadRelayConfig());
const logger = pino({ level: config.LOG_LEVEL });
let lifecycle: ServiceLifecycle | undefined;
const service = await startRelayService(config, logger, (error) =>
  exitToBeRestarted("relay", logger, lifecycle, "the bus failed for good", error),
);
logger.info({ url: service.url }, `relay listening on ${service.url}`);
lifecycle = stopOnSignals("relay", logger, service.close);
// A relay whose log subscription ended cannot recover by itself: exit, so the supervisor restarts it from
// its checkpoint.
void service.relay.finished.then(() =>
  exitToBeRestarted("relay", logger, lifecycle, "the log subscription ended"),
);
