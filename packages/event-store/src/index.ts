export * from "./errors.ts";
// The implementation lives at "@cobuild/event-store/kurrentdb", so SQLite users never load the gRPC client.
export type { KurrentDbEventStoreOptions } from "./kurrentdb/index.ts";
export type * from "./port.ts";
export { canonicalJson } from "./sqlite/canonical-json.ts";
export * from "./sqlite/index.ts";
export { EVENTS_TOPIC, type RelayedEvent } from "./topics.ts";
