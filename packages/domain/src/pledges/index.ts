// Pledges by everyone (承诺 · 践诺 · 销号): the public API of the context.
export * from "./commands.ts";
export * from "./decider.ts";
export * from "./events.ts";
export * from "./state.ts";
