import { type BoardSnapshot, type Handshake, type WatchVerdict, watchRule } from "@cobuild/boards";
import type { AccessControl } from "../access/access-control.ts";
import type { AccountService } from "../accounts/service.ts";
import { sessionPrincipal, sessionToken } from "../auth/authenticate.ts";
import type { Principal } from "../auth/principal.ts";
import type { SessionStore } from "../auth/sessions.ts";

/** Who may watch which board: one answer for the socket gateway and the HTTP boards route. */
export interface BoardWatchAccess {
  /** The logged-in user of a handshake (same session as the API), or undefined. */
  authenticate(handshake: Handshake): Promise<Principal | undefined>;
  /** Whether the principal may watch the board as it now stands. */
  mayWatch(principal: Principal, snapshot: BoardSnapshot): Promise<WatchVerdict>;
}

export function boardWatchAccess(
  sessions: SessionStore,
  accounts: AccountService,
  access: AccessControl,
): BoardWatchAccess {
  const principalOf = sessionPrincipal(sessions, accounts);
  return {
    authenticate: (handshake) => {
      // A script without cookies passes its token as `auth: { token }`, like a bearer header.
      const token = handshake.auth.token;
      const authorization = typeof token === "string" ? `Bearer ${token}` : handshake.headers.authorization;
      return principalOf(sessionToken({ cookie: handshake.headers.cookie, authorization }));
    },
    mayWatch: async (principal, snapshot) => {
      const rule = watchRule(snapshot.boardId, snapshot.data);
      if (!rule) return "not_served";
      if (rule.kind === "any_login") return "allowed";
      // A board naming a community that is not registered is nobody's to watch (resolve throws 404).
      const allowed = await access.allows(principal, rule.action, rule.scope).catch(() => false);
      return allowed ? "allowed" : "not_allowed";
    },
  };
}
