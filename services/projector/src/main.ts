import { stopOnSignals } from "@cobuild/service-kit";
import pino from "pino";
import { loadProjectorConfig } from "./env.ts";
import { startProjectorService } from "./server.ts";

const config = loadProjectorConfig();
const logger = pino({ level: config.LOG_LEVEL });
const service = await startProjectorService(config, logger);
logger.info({ url: service.url }, `projector listening on ${service.url}`);
stopOnSignals("projector", logger, service.close);
