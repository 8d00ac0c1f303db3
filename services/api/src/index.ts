export { type ApiDeps, createApiApp, createApiRouter, createServices, type Services } from "./app.ts";
export type { CommandDeps, CommandEnvelope } from "./commands/run-command.ts";
export { problemDetails } from "./http/problem-details.ts";
