// The service-posts context (公益岗位 / 党员先锋岗, 设岗定责): places, claims and duty records.
export * from "./commands.ts";
export * from "./context.ts";
export * from "./decider.ts";
export * from "./events.ts";
export * from "./schedule.ts";
export * from "./state.ts";
