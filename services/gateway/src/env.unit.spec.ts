import { refusal, settingsNamedIn } from "@cobuild/service-kit/testing";
import { describe, expect, it } from "vitest";
import { loadGatewayConfig } from "./env.ts";

describe("the gateway process's configuration", () => {
  it("given nothing, then port 3001 with the SQLite log and bus under ./data", () => {
    const config = loadGatewayConfig({});

    expect(config).toMatchObject({ PORT: 3001, HOST: "0.0.0.0", DATA_DIR: "./data", LOG_LEVEL: "info" });
    expect(config.EVENTSTORE_URL).toBeUndefined();
    expect(config.KAFKA_BROKERS).toBeUndefined();
  });

  it("given engines and a port, then they are read as written", () => {
    const config = loadGatewayConfig({
      PORT: "0",
      EVENTSTORE_URL: "esdb+discover://cluster.internal:2113",
      KAFKA_BROKERS: "kafka:9092",
    });

    expect(config).toMatchObject({
      PORT: 0,
      EVENTSTORE_URL: "esdb+discover://cluster.internal:2113",
      KAFKA_BROKERS: ["kafka:9092"],
    });
  });

  it("given an event store address that is not a KurrentDB connection string, then start-up stops naming EVENTSTORE_URL alone", () => {
    const error = refusal(() => loadGatewayConfig({ EVENTSTORE_URL: "kurrentdb:2113" }));

    expect(error.message).toMatch(/^ {2}EVENTSTORE_URL: must be a KurrentDB connection string/m);
    expect(settingsNamedIn(error)).toEqual(["EVENTSTORE_URL"]);
  });

  it("given brokers with a space inside a name, then start-up stops naming KAFKA_BROKERS alone", () => {
    const error = refusal(() => loadGatewayConfig({ KAFKA_BROKERS: "kafka one:9092" }));

    expect(error.message).toMatch(/each broker is host:port/);
    expect(settingsNamedIn(error)).toEqual(["KAFKA_BROKERS"]);
  });

  it("given a port out of range, then start-up stops naming PORT", () => {
    const error = refusal(() => loadGatewayConfig({ PORT: "70000" }));

    expect(settingsNamedIn(error)).toEqual(["PORT"]);
  });
});
