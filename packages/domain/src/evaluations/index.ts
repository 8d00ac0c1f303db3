// Yearly evaluation of resident units (评议): the public API of the context.
export * from "./commands.ts";
export * from "./decider.ts";
export * from "./events.ts";
export * from "./result.ts";
export * from "./state.ts";
