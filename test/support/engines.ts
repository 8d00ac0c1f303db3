import { KafkaContainer } from "@testcontainers/kafka";
import { GenericContainer, getContainerRuntimeClient, Wait } from "testcontainers";

/**
 * Where the distributed engines (KurrentDB, Kafka) come from in a test run: a server named by an
 * environment variable, a container started for the run, or nowhere. Suites that need one register a
 * single skipped test when it is nowhere, so the run says so in one line and never counts it as passed.
 */
export type EngineSource =
  | { kind: "url"; address: string }
  | { kind: "container"; start: () => Promise<{ address: string; stop: () => Promise<void> }> }
  | { kind: "none"; reason: string };

/** Pinned images, the same versions docker-compose.yml runs. */
export const KURRENTDB_IMAGE = "kurrentplatform/kurrentdb:26.1.1";
/** Confluent's image of Apache Kafka 3.9, which testcontainers' Kafka module knows how to start in KRaft mode. */
export const KAFKA_TEST_IMAGE = "confluentinc/cp-kafka:7.9.2";

async function containerRuntime(): Promise<string | undefined> {
  try {
    await getContainerRuntimeClient();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.split("\n")[0] : String(error);
  }
}

/** KurrentDB: EVENTSTORE_URL (a connection string), else a container, else none. */
export async function kurrentDbSource(): Promise<EngineSource> {
  const url = process.env.EVENTSTORE_URL;
  if (url) return { kind: "url", address: url };
  const missing = await containerRuntime();
  if (missing !== undefined) {
    return {
      kind: "none",
      reason: `EVENTSTORE_URL is not set and no container runtime is reachable (${missing})`,
    };
  }
  return {
    kind: "container",
    start: async () => {
      const container = await new GenericContainer(KURRENTDB_IMAGE)
        .withEnvironment({
          KURRENTDB_INSECURE: "true",
          KURRENTDB_MEM_DB: "true",
          KURRENTDB_RUN_PROJECTIONS: "None",
        })
        .withExposedPorts(2113)
        .withWaitStrategy(Wait.forHttp("/health/live", 2113).forStatusCode(204))
        .start();
      const address = `kurrentdb://${container.getHost()}:${container.getMappedPort(2113)}?tls=false`;
      return { address, stop: async () => void (await container.stop()) };
    },
  };
}

/** Kafka: KAFKA_BROKERS (comma-separated host:port), else a KRaft container, else none. */
export async function kafkaSource(): Promise<EngineSource> {
  const brokers = process.env.KAFKA_BROKERS;
  if (brokers) return { kind: "url", address: brokers };
  const missing = await containerRuntime();
  if (missing !== undefined) {
    return {
      kind: "none",
      reason: `KAFKA_BROKERS is not set and no container runtime is reachable (${missing})`,
    };
  }
  return {
    kind: "container",
    start: async () => {
      const container = await new KafkaContainer(KAFKA_TEST_IMAGE).withKraft().start();
      const address = `${container.getHost()}:${container.getMappedPort(9093)}`;
      return { address, stop: async () => void (await container.stop()) };
    },
  };
}
