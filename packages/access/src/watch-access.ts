import { type BoardSnapshot, type Handshake, type WatchVerdict, watchRule } from "@cobuild/boards";
import type { AccessControl } from "./access-control.ts";
import type { Principal } from "./principal.ts";
import { type AccountReader, sessionPrincipal, sessionToken } from "./session-principal.ts";
import { type SessionStore, tokenHash } from "./sessions.ts";

/** Who may watch which board: one answer for the socket gateway and the HTTP boards route. */
export interface BoardWatchAccess {
  /** The logged-in user of a handshake (same session as the API), or undefined. */
  authenticate(handshake: Handshake): Promise<Principal | undefined>;
  /** Whether the principal may watch the board as it now stands. */
  mayWatch(principal: Principal, snapshot: BoardSnapshot): Promise<WatchVerdict>;
}

/** The session token a handshake carries: `auth: { token }` (scripts), a bearer header, or the cookie. */
const handshakeToken = (handshake: Handshake): string | undefined => {
  const token = handshake.auth.token;
  const authorization = typeof token === "string" ? `Bearer ${token}` : handshake.headers.authorization;
  return sessionToken({ cookie: handshake.headers.cookie, authorization });
};

/**
 * What a live-board gateway needs to end sockets with their sessions: which session a handshake holds,
 * and the sessions ended (logout, password change or reset) and accounts changed (a role revoked) since
 * it last asked, from the shared session store, whichever process ended them.
 */
export function gatewaySessions(sessions: SessionStore) {
  return {
    of(handshake: Handshake): { key: string; account: string; expiresAt: number } | undefined {
      const token = handshakeToken(handshake);
      const session = token ? sessions.find(token) : undefined;
      return token && session
        ? { key: tokenHash(token), account: session.username, expiresAt: session.expiresAt }
        : undefined;
    },
    endsAfter(cursor: number): { cursor: number; ends: { key?: string; account: string }[] } {
      const { cursor: next, ends } = sessions.endsAfter(cursor);
      return { cursor: next, ends: ends.map((end) => ({ key: end.tokenHash, account: end.username })) };
    },
    lastEnd: () => sessions.lastEnd(),
  };
}

/** Watch access from the shared sessions, the accounts in the log and the policy table. */
export function boardWatchAccess(
  sessions: Pick<SessionStore, "find">,
  accounts: AccountReader,
  access: Pick<AccessControl, "allows">,
): BoardWatchAccess {
  const principalOf = sessionPrincipal(sessions, accounts);
  return {
    // A script without cookies passes its token as `auth: { token }`, like a bearer header.
    authenticate: (handshake) => principalOf(handshakeToken(handshake)),
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
