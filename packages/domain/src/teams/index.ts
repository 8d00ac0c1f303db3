// The volunteer-teams context (志愿者服务队): rosters, leaders and service hours.
export * from "./commands.ts";
export * from "./decider.ts";
export * from "./events.ts";
export * from "./state.ts";
