export { expireDueAgreements } from "./agreements/expiry-sweep.ts";
export {
  type ApiDeps,
  apiRoutes,
  createApiApp,
  createApiRouter,
  createServices,
  type Services,
} from "./app.ts";
export { DEFAULT_THROTTLE_RULES, LoginThrottle } from "./auth/login-throttle.ts";
export { hashPassword, verifyPassword } from "./auth/password.ts";
export { actorOf, type Principal, systemPrincipal } from "./auth/principal.ts";
export type { CommandDeps, CommandEnvelope } from "./commands/run-command.ts";
export { problemDetails } from "./http/problem-details.ts";
export { prepareHttpApp } from "./http/security-headers.ts";
export { bootstrapStreet, type StreetSetup } from "./setup/bootstrap.ts";
