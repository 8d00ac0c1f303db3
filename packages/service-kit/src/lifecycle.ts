import type { Logger } from "pino";

export interface ServiceLifecycle {
  /** True from the first shutdown signal on: health endpoints report it. */
  stopping(): boolean;
}

/**
 * Runs a started service until SIGTERM or SIGINT, then closes it (the service drains its own work and
 * saves its checkpoints) and exits. A close that hangs past `graceMs` is cut short with exit code 1, so
 * an orchestrator's own kill never finds the process half-way.
 */
export function stopOnSignals(
  name: string,
  logger: Logger,
  close: () => Promise<void>,
  graceMs = 25_000,
): ServiceLifecycle {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${name}: shutting down`);
    const deadline = setTimeout(() => {
      logger.error(`${name}: shutdown took longer than ${graceMs} ms; exiting anyway`);
      process.exit(1);
    }, graceMs);
    deadline.unref();
    try {
      await close();
      logger.info(`${name}: stopped`);
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, `${name}: shutdown failed`);
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  return { stopping: () => stopping };
}

/**
 * Loads a service's settings, or prints what is wrong with them (the message names every bad setting; a
 * stack trace would only hide it) and exits with code 1.
 */
export function loadConfigOrExit<Config>(load: () => Config): Config {
  try {
    return load();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

/**
 * Ends a process that cannot recover by itself with code 1, so its supervisor restarts it (from its
 * checkpoints); does nothing once a shutdown is under way, which may cause the same failure on purpose.
 * `lifecycle` is undefined while the service is still starting.
 */
export function exitToBeRestarted(
  name: string,
  logger: Logger,
  lifecycle: ServiceLifecycle | undefined,
  reason: string,
  error?: unknown,
): void {
  if (lifecycle?.stopping()) return;
  logger.fatal({ err: error }, `${name}: ${reason}; exiting to be restarted`);
  process.exit(1);
}
