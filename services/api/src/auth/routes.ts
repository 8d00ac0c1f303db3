import { SESSION_COOKIE, SESSION_MS, type SessionStore } from "@cobuild/access";
import {
  ChangePasswordInput,
  CreateAccountInput,
  DomainError,
  GrantInput,
  LoginInput,
  notFound,
  ResetPasswordInput,
  Username,
  unauthenticated,
} from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import type { AccountService } from "../accounts/service.ts";
import { etagOf, sendCommandResult } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";
import { FairSlots } from "./fair-slots.ts";
import { LoginThrottle } from "./login-throttle.ts";
import { decoyHash, verifyPassword } from "./password.ts";
import type { Principal } from "./principal.ts";

const AccountParams = z.object({ username: Username });
const Me = z.object({
  username: z.string(),
  displayName: z.string(),
  /** Staff reset the password: the client sends its holder to choose a new one first. */
  mustChangePassword: z.boolean(),
  grants: z.array(z.record(z.string(), z.string())),
  /** The community's time zone (IANA): what "today" means for dates people enter and boards show. */
  timeZone: z.string(),
});
const LoggedIn = Me.extend({ token: z.string() });

const describe = (principal: Principal) =>
  principal.kind === "user"
    ? {
        username: principal.username,
        displayName: principal.displayName,
        grants: principal.grants,
        mustChangePassword: principal.mustChangePassword === true,
      }
    : { username: principal.name, displayName: principal.name, grants: [], mustChangePassword: false };

export interface AuthRouteDeps {
  sessions: SessionStore;
  accounts: AccountService;
  access: AccessControl;
  /** Send the cookie only over HTTPS (set behind a TLS-terminating proxy). */
  secureCookies: boolean;
  timeZone: string;
  /** Counts login attempts per account and address; one per process unless a test passes its own. */
  loginThrottle?: LoginThrottle;
}

/** Hashes at once: about one per core, so logins never starve the rest of the server. */
const HASHING_SLOTS = 2;

/** A login refused before any hashing; the problem handler turns it into a 429 with this message. */
const tooManyAttempts = (retryAfterSeconds: number) =>
  Object.assign(
    new Error(
      `登录尝试次数过多，请 ${retryAfterSeconds} 秒后再试。Too many login attempts: try again in ${retryAfterSeconds} s.`,
    ),
    { status: 429, expose: true, type: "login.throttled" },
  );

/** Login, logout, who am I, and account management. */
export function authRoutes({
  sessions,
  accounts,
  access,
  secureCookies,
  timeZone,
  loginThrottle = new LoginThrottle(),
}: AuthRouteDeps): ApiRoute[] {
  const tag = "Accounts";
  const hashing = new FairSlots(HASHING_SLOTS);
  /**
   * The account, if the actor may see it: their own, or one whose roles they administer. Every other
   * answer is the same 404 as for a name nobody holds, so nobody can probe which usernames exist.
   */
  const visibleAccount = async (principal: Principal, username: string) => {
    const hidden = notFound("account_not_found", `No account ${username}.`);
    const loaded = await accounts.account(username);
    if (loaded.state.status === "none") throw hidden;
    if (principal.kind === "user" && principal.username === username) return loaded;
    try {
      await access.check(principal, "ReadAccounts", accounts.accountScope(principal, loaded.state, username));
    } catch (error) {
      if (error instanceof DomainError && (error.kind === "forbidden" || error.kind === "not_found"))
        throw hidden;
      throw error;
    }
    return loaded;
  };
  return [
    route({
      method: "post",
      path: "/session",
      tag,
      summary:
        "Log in with a username and password; sets an httpOnly session cookie and returns a bearer token",
      auth: "public",
      body: LoginInput,
      success: { status: 200, description: "Logged in", schema: LoggedIn },
      async handle({ body, req, res }) {
        // Throttled before anything is read or hashed: a flood costs the server nothing.
        const address = req.ip ?? "unknown";
        const throttled = loginThrottle.attempt(body.username, address);
        if (throttled) {
          res.setHeader("Retry-After", String(throttled.retryAfterSeconds));
          throw tooManyAttempts(throttled.retryAfterSeconds);
        }
        const { state } = await accounts.account(body.username);
        // A missing account costs the same hashing time as a wrong password.
        const hash = state.status === "active" ? state.passwordHash : await decoyHash();
        const valid = await hashing.run(address, () => verifyPassword(body.password, hash));
        if (state.status !== "active" || !valid) {
          throw unauthenticated("invalid_credentials", "The username or password is wrong.");
        }
        loginThrottle.succeeded(body.username, address);
        const token = sessions.create(state.username);
        res.cookie(SESSION_COOKIE, token, {
          httpOnly: true,
          sameSite: "lax",
          // Over HTTPS (as the trust-proxy setting tells it behind a proxy) the cookie never goes out in clear.
          secure: secureCookies || req.secure,
          maxAge: SESSION_MS,
          path: "/",
        });
        const me = {
          username: state.username,
          displayName: state.displayName,
          grants: state.grants,
          mustChangePassword: state.mustChangePassword,
        };
        res.json({ ...me, timeZone, token });
      },
    }),
    route({
      method: "get",
      path: "/session",
      tag,
      summary: "Who is logged in, with the roles they hold",
      auth: "session",
      beforeNewPassword: true,
      success: { status: 200, description: "The logged-in account", schema: Me },
      async handle({ principal, res }) {
        res.json({ ...describe(principal), timeZone });
      },
    }),
    route({
      method: "delete",
      path: "/session",
      tag,
      summary: "Log out: ends this session",
      auth: "session",
      beforeNewPassword: true,
      success: { status: 204, description: "Logged out" },
      async handle({ res }) {
        const token = res.locals.sessionToken as string | undefined;
        if (token) sessions.delete(token);
        res.clearCookie(SESSION_COOKIE, { path: "/" });
        res.status(204).end();
      },
    }),
    route({
      method: "put",
      path: "/session/password",
      tag,
      summary: "Change your own password, giving the current one",
      auth: "session",
      beforeNewPassword: true,
      body: ChangePasswordInput,
      success: { status: 200, description: "Changed" },
      async handle({ body, envelope, principal, res }) {
        const result = await accounts.changeOwnPassword(body.currentPassword, body.newPassword, envelope);
        // A new password shuts out whoever knew the old one, everywhere but here.
        if (principal.kind === "user")
          sessions.endAllOf(principal.username, res.locals.sessionToken as string);
        sendCommandResult(res, result, {});
      },
    }),
    route({
      method: "post",
      path: "/accounts",
      tag,
      summary: "Create an account with its roles (staff may only give roles within what they administer)",
      auth: "session",
      body: CreateAccountInput,
      success: { status: 201, description: "Created" },
      async handle({ body, envelope, res }) {
        const result = await accounts.createAccount(body, envelope);
        sendCommandResult(
          res,
          result,
          { username: body.username },
          { created: `/api/accounts/${body.username}` },
        );
      },
    }),
    route({
      method: "get",
      path: "/accounts/:username",
      tag,
      summary: "An account and its roles (never its password hash)",
      auth: "session",
      params: AccountParams,
      success: { status: 200, description: "The account", schema: Me },
      async handle({ params, principal, res }) {
        const { state, revision } = await visibleAccount(principal, params.username);
        if (state.status === "none") throw new Error("unreachable: visibleAccount refuses a missing account");
        res.setHeader("ETag", etagOf(revision)).json({
          username: state.username,
          displayName: state.displayName,
          grants: state.grants,
          mustChangePassword: state.mustChangePassword,
        });
      },
    }),
    route({
      method: "post",
      path: "/accounts/:username/grants",
      tag,
      summary: "Give an account one more role",
      auth: "session",
      params: AccountParams,
      body: GrantInput,
      success: { status: 200, description: "Granted" },
      async handle({ params, body, envelope, principal, res }) {
        await visibleAccount(principal, params.username);
        sendCommandResult(res, await accounts.grantRole(params.username, body.grant, envelope), {});
      },
    }),
    route({
      method: "post",
      path: "/accounts/:username/grants/revoke",
      tag,
      summary: "Take a role away from an account",
      auth: "session",
      params: AccountParams,
      body: GrantInput,
      success: { status: 200, description: "Revoked" },
      async handle({ params, body, envelope, principal, res }) {
        await visibleAccount(principal, params.username);
        const result = await accounts.revokeRole(params.username, body.grant, envelope);
        // Whatever the account watches live is checked again: its sockets reconnect and rejoin.
        sessions.accountChanged(params.username);
        sendCommandResult(res, result, {});
      },
    }),
    route({
      method: "put",
      path: "/accounts/:username/password",
      tag,
      summary: "Set a new password for someone who forgot theirs",
      auth: "session",
      params: AccountParams,
      body: ResetPasswordInput,
      success: { status: 200, description: "Reset" },
      async handle({ params, body, envelope, principal, res }) {
        await visibleAccount(principal, params.username);
        const result = await accounts.resetPassword(params.username, body.newPassword, envelope);
        sessions.endAllOf(params.username);
        sendCommandResult(res, result, {});
      },
    }),
  ];
}
