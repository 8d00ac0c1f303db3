import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { type CrashSource, watchForFatalCrash } from "./fatal-crash.ts";

/** Emits the kafkajs consumer events the watch listens to, as kafkajs would. */
class FakeConsumer implements CrashSource {
  readonly events = { GROUP_JOIN: "consumer.group_join", CRASH: "consumer.crash" } as const;
  private readonly emitter = new EventEmitter();

  on(event: string, listener: (event: { payload: { error: Error; restart: boolean } }) => void): () => void {
    this.emitter.on(event, listener);
    return () => this.emitter.off(event, listener);
  }

  join(): void {
    this.emitter.emit(this.events.GROUP_JOIN, { payload: {} });
  }

  crash(error: Error, restart: boolean): void {
    this.emitter.emit(this.events.CRASH, { payload: { error, restart } });
  }
}

function watched() {
  const consumer = new FakeConsumer();
  const stop = new AbortController();
  const fatal: Error[] = [];
  watchForFatalCrash(consumer, {
    stopped: stop.signal,
    what: "subscription of group projectors to events",
    onFatal: (error) => void fatal.push(error),
  });
  return { consumer, stop, fatal };
}

describe("watchForFatalCrash", () => {
  it("given a consumer that joined its group, when kafkajs reports a crash it will not restart from, then onFatal hears it with the cause", () => {
    const { consumer, fatal } = watched();
    const cause = new Error("Not authorized to access group");
    consumer.join();

    consumer.crash(cause, false);

    expect(fatal.map((error) => [error.message, error.cause])).toEqual([
      [
        "subscription of group projectors to events: the Kafka consumer stopped for good: Not authorized to access group",
        cause,
      ],
    ]);
  });

  it("given a consumer that joined its group, when kafkajs reports a crash it restarts from, then onFatal hears nothing", () => {
    const { consumer, fatal } = watched();
    consumer.join();

    consumer.crash(new Error("The coordinator is not available"), true);

    expect(fatal).toEqual([]);
  });

  it("given a consumer that has not joined yet, when it crashes for good, then onFatal hears nothing (subscribe reports it)", () => {
    const { consumer, fatal } = watched();

    consumer.crash(new Error("Not authorized to access group"), false);

    expect(fatal).toEqual([]);
  });

  it("given a consumer told to stop, when kafkajs then declines to restart it, then onFatal hears nothing", () => {
    const { consumer, stop, fatal } = watched();
    consumer.join();
    stop.abort();

    consumer.crash(new Error("The group is rebalancing"), false);

    expect(fatal).toEqual([]);
  });
});
