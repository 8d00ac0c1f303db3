import { originAllowed, requestOriginOf } from "@cobuild/access";
import type { RequestHandler } from "express";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const isJson = (contentType: string | undefined) =>
  (contentType ?? "").split(";")[0]?.trim().toLowerCase() === "application/json";

const refused = (message: string, type: string) => Object.assign(new Error(message), { type });

/**
 * Cross-site request forgery stops here, before any route runs. A command must either say it is JSON (even
 * with no fields), which an HTML form cannot, or carry an Authorization header, which a form cannot either.
 * And a command from a browser page must come from the server's own origin or one in `allowedOrigins`:
 * the session cookie rides along on same-site requests, so the cookie alone proves nothing.
 */
export const requestGuard =
  (allowedOrigins: readonly string[]): RequestHandler =>
  (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    if (req.headers.authorization !== undefined) return next();
    if (!isJson(req.headers["content-type"])) {
      return next(refused("Send commands as application/json.", "content_type.unsupported"));
    }
    if (!originAllowed(allowedOrigins, requestOriginOf(req.headers))) {
      return next(refused("This page may not send commands to cobuild.", "origin.refused"));
    }
    next();
  };
