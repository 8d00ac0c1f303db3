export { loadConfig, type StandaloneConfig } from "./env.ts";
export { type StandaloneServer, startStandalone } from "./server.ts";
