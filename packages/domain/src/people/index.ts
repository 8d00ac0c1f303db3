// The people context: persons (党员, 积极分子, 居民志愿者) and residents in need (困难居民).
export * from "./person-commands.ts";
export * from "./person-decider.ts";
export * from "./person-events.ts";
export * from "./person-state.ts";
export * from "./resident-commands.ts";
export * from "./resident-decider.ts";
export * from "./resident-events.ts";
export * from "./resident-state.ts";
