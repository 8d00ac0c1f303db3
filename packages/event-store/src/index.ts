export * from "./errors.ts";
export type * from "./port.ts";
export * from "./sqlite/index.ts";
