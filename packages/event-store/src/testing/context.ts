import type { EventStore } from "../port.ts";

/** What the conformance cases need: the store under test, created fresh by the suite's beforeEach. */
export interface ConformanceContext {
  store(): EventStore;
}
