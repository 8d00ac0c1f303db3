export * from "./errors.ts";
export type * from "./port.ts";
export { canonicalJson } from "./sqlite/canonical-json.ts";
export * from "./sqlite/index.ts";
export { EVENTS_TOPIC } from "./topics.ts";
