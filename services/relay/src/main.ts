import { stopOnSignals } from "@cobuild/service-kit";
import pino from "pino";
import { loadRelayConfig } from "./env.ts";
import { startRelayService } from "./server.ts";

const config = loadRelayConfig();
const logger = pino({ level: config.LOG_LEVEL });
const service = await startRelayService(config, logger);
logger.info({ url: service.url }, `relay listening on ${service.url}`);
const lifecycle = stopOnSignals("relay", logger, service.close);
// A relay whose log subscription ended cannot recover by itself: exit, so the supervisor restarts it from
// its checkpoint.
void service.relay.finished.then(() => {
  if (!lifecycle.stopping()) {
    logger.fatal("relay: the log subscription ended; exiting to be restarted");
    process.exit(1);
  }
});
