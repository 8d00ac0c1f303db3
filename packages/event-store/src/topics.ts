/**
 * The bus topic the relay copies the log to, keyed by stream id, in log order. Projectors in distributed
 * mode read it instead of the store.
 */
export const EVENTS_TOPIC = "cobuild.events";
