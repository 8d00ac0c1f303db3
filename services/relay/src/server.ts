import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { openConfiguredBus, openConfiguredEventStore, startHealthServer } from "@cobuild/service-kit";
import type { Logger } from "pino";
import { CheckpointFile } from "./checkpoint-file.ts";
import type { RelayConfig } from "./env.ts";
import { type RunningRelay, startRelay } from "./relay.ts";

export interface RelayService {
  url: string;
  relay: RunningRelay;
  close(): Promise<void>;
}

/**
 * The relay as a process: the log, the bus, the checkpoint file and health endpoints. `onFatal` hears a
 * bus subscription fail for good; the relay has none today (its publishes report their own errors), but
 * it must not run on without hearing it if that changes.
 */
export async function startRelayService(
  config: RelayConfig,
  logger: Logger,
  onFatal?: (error: Error) => void,
): Promise<RelayService> {
  const dataDir = resolve(config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const logError = (error: unknown) => logger.error({ err: error }, "relay error");
  const store = await openConfiguredEventStore(config);
  const bus = await openConfiguredBus(config, "relay", logError, onFatal);
  const checkpoints = new CheckpointFile(join(dataDir, "relay.sqlite"));
  const relay = startRelay({ store, bus, checkpoints, pageSize: config.RELAY_PAGE_SIZE, onError: logError });
  let stopping = false;

  const health = await startHealthServer({
    settings: config,
    checks: {
      relay: () => {
        if (!relay.running()) throw new Error("the log subscription has ended");
      },
      eventStore: async () => void (await store.headPosition()),
    },
    stopping: () => stopping,
    status: async () => ({ relayed: relay.relayed(), head: await store.headPosition() }),
  });

  return {
    url: health.url,
    relay,
    close: async () => {
      stopping = true;
      await relay.stop();
      checkpoints.close();
      await health.close();
      await bus.close();
      await store.close();
    },
  };
}
