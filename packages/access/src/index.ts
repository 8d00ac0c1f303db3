export { type AccessControl, accessControl, type CommunityReader } from "./access-control.ts";
export { logAccessReads } from "./log-reads.ts";
export { originAllowed, type RequestOrigin, requestOriginOf } from "./origin-policy.ts";
export { actorOf, type Principal, systemPrincipal } from "./principal.ts";
export { type AccountReader, SESSION_COOKIE, sessionPrincipal, sessionToken } from "./session-principal.ts";
export {
  openSqliteSessionStore,
  SESSION_MS,
  type Session,
  type SessionEnd,
  type SessionStore,
} from "./sessions.ts";
export { type BoardWatchAccess, boardWatchAccess, gatewaySessions } from "./watch-access.ts";
