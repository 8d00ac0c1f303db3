export * from "./connections.ts";
export * from "./env.ts";
export * from "./graceful-close.ts";
export * from "./health.ts";
export * from "./health-server.ts";
export * from "./lifecycle.ts";
export * from "./listen.ts";
