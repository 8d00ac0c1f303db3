import type { RequestHandler } from "express";
import type { AccountService } from "../accounts/service.ts";
import type { Principal } from "./principal.ts";
import type { SessionStore } from "./sessions.ts";

export const SESSION_COOKIE = "cobuild_session";

/** The session token of a request: the httpOnly cookie a browser sends, or a bearer token from a script. */
export function sessionToken(headers: { cookie?: string | undefined; authorization?: string | undefined }) {
  const bearer = /^Bearer ([\w-]{20,100})$/.exec(headers.authorization ?? "");
  if (bearer?.[1]) return bearer[1];
  // Only one cookie matters, and its value is base64url, so no decoding is needed.
  for (const pair of (headers.cookie ?? "").split(";")) {
    const [name, value] = pair.trim().split("=");
    if (name === SESSION_COOKIE && value && /^[\w-]{20,100}$/.test(value)) return value;
  }
  return undefined;
}

/**
 * The user behind a session token, with the roles they hold right now; undefined when the session is
 * unknown or over, or the account is no longer active. The HTTP API and the socket gateway both ask it.
 */
export const sessionPrincipal =
  (sessions: SessionStore, accounts: AccountService) =>
  async (token: string | undefined): Promise<Principal | undefined> => {
    const session = token ? sessions.find(token) : undefined;
    if (!session) return undefined;
    const { state } = await accounts.account(session.username);
    if (state.status !== "active") return undefined;
    return { kind: "user", username: state.username, displayName: state.displayName, grants: state.grants };
  };

/**
 * Finds who is asking. The account is read on every request, so a revoked role or a new password takes
 * effect at once. No valid session means no principal: public routes still work, the rest answer 401.
 */
export const authenticate =
  (sessions: SessionStore, accounts: AccountService): RequestHandler =>
  async (req, res, next) => {
    const token = sessionToken(req.headers);
    const principal = await sessionPrincipal(sessions, accounts)(token);
    if (principal) {
      res.locals.principal = principal;
      res.locals.sessionToken = token;
    }
    next();
  };
