import { join } from "node:path";
import { BOARD_DELTAS_TOPIC } from "@cobuild/boards";
import { type EventBus, openSqliteBus } from "@cobuild/bus";
import { EVENTS_TOPIC, type EventStore, openSqliteEventStore } from "@cobuild/event-store";

export interface ConnectionSettings {
  DATA_DIR: string;
  EVENTSTORE_URL?: string | undefined;
  KAFKA_BROKERS?: string[] | undefined;
}

/** The log: KurrentDB when a connection string is set, else the SQLite file every local process shares. */
export async function openConfiguredEventStore(
  settings: ConnectionSettings,
  clock: () => Date = () => new Date(),
): Promise<EventStore> {
  if (settings.EVENTSTORE_URL) {
    // Loaded only when asked for, so the one-process server never pays for the gRPC client.
    const { openKurrentDbEventStore } = await import("@cobuild/event-store/kurrentdb");
    return openKurrentDbEventStore({ connectionString: settings.EVENTSTORE_URL, clock });
  }
  // Processes sharing the file learn of each other's appends by polling: 20 ms keeps the relay close behind
  // the api for the price of one cheap query per tick when idle.
  return openSqliteEventStore({
    path: join(settings.DATA_DIR, "events.sqlite"),
    clock,
    pollIntervalMs: 20,
    writerThread: true,
  });
}

/** Topics the services create on Kafka, with what each must keep. */
export const KAFKA_TOPICS = {
  // One partition: boards fold the log in its global order. Kept forever: a new projector group rebuilds from it.
  [EVENTS_TOPIC]: { partitions: 1, retentionMs: -1 },
  // Deltas only matter to gateways that are up; a gateway that starts later takes snapshots.
  [BOARD_DELTAS_TOPIC]: { partitions: 1, retentionMs: 60 * 60 * 1000 },
};

/**
 * The bus: Kafka when brokers are set, else a SQLite file shared by the local processes. `onFatal` hears
 * a subscription that will receive nothing more (a Kafka consumer that crashed for good); the SQLite bus
 * has no such case, as its polling reports storage errors to `onHandlerError` and carries on.
 */
export async function openConfiguredBus(
  settings: ConnectionSettings,
  clientId: string,
  onHandlerError: (error: unknown) => void,
  onFatal?: (error: Error) => void,
): Promise<EventBus> {
  if (settings.KAFKA_BROKERS) {
    const { openKafkaBus } = await import("@cobuild/bus/kafka");
    return openKafkaBus({
      brokers: settings.KAFKA_BROKERS,
      clientId,
      topics: KAFKA_TOPICS,
      onHandlerError,
      ...(onFatal === undefined ? {} : { onFatal }),
    });
  }
  return openSqliteBus({
    path: join(settings.DATA_DIR, "bus.sqlite"),
    keepTopics: [EVENTS_TOPIC],
    onHandlerError,
  });
}
