import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { SqliteBoardStore } from "@cobuild/board-store";
import { allProjections, boardsFileName } from "@cobuild/boards";
import { openConfiguredBus, startHealthServer } from "@cobuild/service-kit";
import type { Logger } from "pino";
import { startBusProjector } from "./bus-projector.ts";
import type { ProjectorConfig } from "./env.ts";
import type { RunningProjector } from "./projector.ts";

export interface ProjectorService {
  url: string;
  projector: RunningProjector;
  close(): Promise<void>;
}

/**
 * The projector as a process: events from the bus (relayed from the log), boards in the shared boards
 * file, deltas back onto the bus for the gateways. `onFatal` hears the bus lose the projector's
 * subscription for good: no more events will arrive.
 */
export async function startProjectorService(
  config: ProjectorConfig,
  logger: Logger,
  onFatal?: (error: Error) => void,
): Promise<ProjectorService> {
  const dataDir = resolve(config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const logError = (error: unknown) => logger.error({ err: error }, "projector error");
  const boards = new SqliteBoardStore(join(dataDir, boardsFileName()));
  const bus = await openConfiguredBus(config, "projector", logError, onFatal);
  // Every projector sharing this boards file is one group; a new file is a new group, rebuilt from the start.
  const group = `cobuild-projectors-${boards.generation()}`;
  const projector = await startBusProjector({
    bus,
    boards,
    projections: allProjections,
    group,
    onError: logError,
  });
  logger.info({ group, checkpoint: projector.position() }, "projector joined its group");
  let stopping = false;

  const health = await startHealthServer({
    settings: config,
    checks: { boards: () => void boards.checkpoint("boards") },
    stopping: () => stopping,
    status: () => ({ group, checkpoint: projector.position() }),
  });

  return {
    url: health.url,
    projector,
    close: async () => {
      stopping = true;
      // Waits for the event in hand: its boards and checkpoint commit together, then the group moves on.
      await projector.stop();
      await bus.close();
      boards.close();
      await health.close();
    },
  };
}
