import type { AccountState } from "@cobuild/domain";
import type { Principal } from "./principal.ts";
import type { SessionStore } from "./sessions.ts";

/** The name of the httpOnly cookie that carries a browser's session token. */
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

/** Where the account behind a session is read: its stream, folded, so a revoked role counts at once. */
export interface AccountReader {
  account(username: string): Promise<{ state: AccountState }>;
}

/**
 * The user behind a session token, with the roles they hold right now; undefined when the session is
 * unknown or over, or the account is no longer active. The HTTP API and the socket gateway both ask it.
 */
export const sessionPrincipal =
  (sessions: Pick<SessionStore, "find">, accounts: AccountReader) =>
  async (token: string | undefined): Promise<Principal | undefined> => {
    const session = token ? sessions.find(token) : undefined;
    if (!session) return undefined;
    const { state } = await accounts.account(session.username);
    if (state.status !== "active") return undefined;
    return {
      kind: "user",
      username: state.username,
      displayName: state.displayName,
      grants: state.grants,
      ...(state.mustChangePassword ? { mustChangePassword: true } : {}),
    };
  };
