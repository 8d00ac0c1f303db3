import {
  exitToBeRestarted,
  loadConfigOrExit,
  type ServiceLifecycle,
  stopOnSignals,
} from "@cobuild/service-kit";
import pino from "pino";
import { loadProjectorConfig } from "./env.ts";
import { startProjectorService } from "./server.ts";

const config = loadConfigOrExit(() => loadProjectorConfig());
const logger = pino({ level: config.LOG_LEVEL });
let lifecycle: ServiceLifecycle | undefined;
// A projector whose bus subscription died would keep its boards frozen: exit, so the supervisor restarts it
// and it resumes from the group's position.
const service = await startProjectorService(config, logger, (error) =>
  exitToBeRestarted("projector", logger, lifecycle, "the bus subscription failed for good", error),
);
logger.info({ url: service.url }, `projector listening on ${service.url}`);
lifecycle = stopOnSignals("projector", logger, service.close);
