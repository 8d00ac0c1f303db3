/**
 * The bus topic the relay copies the log to, keyed by stream id, in log order. Projectors in distributed
 * mode read it instead of the store.
 */
export const EVENTS_TOPIC = "cobuild.events";

/**
 * An event as the relay publishes it: with the position of the event it relayed just before (0 for the
 * first), so a consumer can tell a missing event from a repeated one.
 */
export type RelayedEvent = import("./port.ts").RecordedEvent & { previousPosition: number };
