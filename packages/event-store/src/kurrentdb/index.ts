export type { KurrentDbEventStore } from "./kurrentdb-event-store.ts";
export { type KurrentDbEventStoreOptions, openKurrentDbEventStore } from "./open.ts";
