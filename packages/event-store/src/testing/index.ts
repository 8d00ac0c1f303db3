export { type EventStoreFactory, eventStoreConformance } from "./conformance.ts";
export { freshStream, newEvent, newEvents } from "./fixtures.ts";
