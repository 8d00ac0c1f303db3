import { randomUUID } from "node:crypto";
import type { EventBus } from "@cobuild/bus";
import { openKafkaBus } from "@cobuild/bus/kafka";
import { busConformance } from "@cobuild/bus/testing";
import { afterAll, beforeAll, it } from "vitest";
import { kafkaSource } from "../../support/engines.ts";

const source = await kafkaSource();

if (source.kind === "none") {
  it.skip(`Kafka bus conformance: skipped, ${source.reason}`);
} else {
  let brokers: string[] = [];
  let stopKafka = async () => {};

  beforeAll(async () => {
    if (source.kind === "url") {
      brokers = source.address.split(",").map((broker) => broker.trim());
    } else {
      const kafka = await source.start();
      brokers = [kafka.address];
      stopKafka = kafka.stop;
    }
  }, 240_000);
  afterAll(() => stopKafka());

  busConformance("kafka", async () => {
    const opened: EventBus[] = [];
    // Each client has its own id, as separate processes would; topics are the suite's, one per test.
    const connect = async () => {
      const bus = await openKafkaBus({ brokers, clientId: `conformance-${randomUUID()}`, logLevel: "error" });
      opened.push(bus);
      return bus;
    };
    const bus = await connect();
    return {
      bus,
      connectAnother: connect,
      cleanup: async () => {
        await Promise.all(opened.map((client) => client.close()));
      },
    };
  });
}
