import { type AccountReader, type SessionStore, sessionPrincipal, sessionToken } from "@cobuild/access";
import type { RequestHandler } from "express";

/**
 * Finds who is asking. The account is read on every request, so a revoked role or a new password takes
 * effect at once. No valid session means no principal: public routes still work, the rest answer 401.
 */
export const authenticate =
  (sessions: SessionStore, accounts: AccountReader): RequestHandler =>
  async (req, res, next) => {
    const token = sessionToken(req.headers);
    const principal = await sessionPrincipal(sessions, accounts)(token);
    if (principal) {
      res.locals.principal = principal;
      res.locals.sessionToken = token;
    }
    next();
  };
