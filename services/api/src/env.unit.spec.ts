import { refusal, settingsNamedIn } from "@cobuild/service-kit/testing";
import { describe, expect, it } from "vitest";
import { loadApiConfig } from "./env.ts";

describe("the api process's configuration", () => {
  it("given nothing, then port 3000, the SQLite log and bus under ./data, Shanghai time and plain cookies", () => {
    const config = loadApiConfig({});

    expect(config).toMatchObject({
      PORT: 3000,
      HOST: "0.0.0.0",
      DATA_DIR: "./data",
      TIME_ZONE: "Asia/Shanghai",
      SECURE_COOKIES: false,
    });
    expect(config.EVENTSTORE_URL).toBeUndefined();
    expect(config.KAFKA_BROKERS).toBeUndefined();
  });

  it("given engines, a port and secure cookies, then they are read as written", () => {
    const config = loadApiConfig({
      PORT: "8000",
      EVENTSTORE_URL: "kurrentdb://kurrentdb:2113?tls=false",
      KAFKA_BROKERS: "kafka-1:9092, kafka-2:9092",
      SECURE_COOKIES: "1",
      TIME_ZONE: "Europe/Berlin",
    });

    expect(config).toMatchObject({
      PORT: 8000,
      EVENTSTORE_URL: "kurrentdb://kurrentdb:2113?tls=false",
      KAFKA_BROKERS: ["kafka-1:9092", "kafka-2:9092"],
      SECURE_COOKIES: true,
      TIME_ZONE: "Europe/Berlin",
    });
  });

  it("given an event store address that is not a KurrentDB connection string, then start-up stops naming EVENTSTORE_URL alone", () => {
    const error = refusal(() => loadApiConfig({ EVENTSTORE_URL: "http://kurrentdb:2113" }));

    expect(error.message).toMatch(/^ {2}EVENTSTORE_URL: must be a KurrentDB connection string/m);
    expect(settingsNamedIn(error)).toEqual(["EVENTSTORE_URL"]);
  });

  it("given a broker without a port, then start-up stops naming KAFKA_BROKERS alone", () => {
    const error = refusal(() => loadApiConfig({ KAFKA_BROKERS: "kafka:9092,kafka" }));

    expect(error.message).toMatch(/each broker is host:port/);
    expect(settingsNamedIn(error)).toEqual(["KAFKA_BROKERS"]);
  });

  it("given an unknown time zone, then start-up stops naming TIME_ZONE", () => {
    const error = refusal(() => loadApiConfig({ TIME_ZONE: "Mars/Olympus" }));

    expect(settingsNamedIn(error)).toEqual(["TIME_ZONE"]);
  });
});
