export * from "./commands.ts";
export * from "./decider.ts";
export * from "./events.ts";
export * from "./grants.ts";
export * from "./policy.ts";
export * from "./scope.ts";
