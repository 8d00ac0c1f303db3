import { openKurrentDbEventStore } from "@cobuild/event-store/kurrentdb";
import { eventStoreConformance } from "@cobuild/event-store/testing";
import { afterAll, beforeAll, it } from "vitest";
import { kurrentDbSource } from "../../support/engines.ts";

const source = await kurrentDbSource();

if (source.kind === "none") {
  it.skip(`KurrentDB conformance: skipped, ${source.reason}`);
} else {
  let connectionString = "";
  let stopKurrentDb = async () => {};

  beforeAll(async () => {
    if (source.kind === "url") {
      connectionString = source.address;
    } else {
      const kurrentDb = await source.start();
      connectionString = kurrentDb.address;
      stopKurrentDb = kurrentDb.stop;
    }
  }, 240_000);
  afterAll(() => stopKurrentDb());

  // Every test gets its own client; the server is shared, and each test writes to fresh streams.
  eventStoreConformance("kurrentdb", async () => {
    const store = await openKurrentDbEventStore({ connectionString });
    return { store, cleanup: () => store.close() };
  });
}
