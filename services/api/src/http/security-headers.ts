import { httpMetrics, metricsRoute, requestIds } from "@cobuild/service-kit";
import type { TrustProxy } from "@cobuild/service-kit/env";
import type { Express, RequestHandler } from "express";
import helmet from "helmet";

/**
 * The headers every response carries. The content security policy admits only the server's own scripts,
 * styles, images and connections (the web client has no inline script, and React sets styles through the
 * DOM, which the policy allows), and no page may frame cobuild (clickjacking). `upgrade-insecure-requests`
 * is left out: a community office often serves cobuild over plain HTTP on its own network.
 */
export const securityHeaders = (): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "same-origin" },
  });

/**
 * API answers name people: no browser or proxy may keep a copy. The public disclosure pages
 * (public/routes.ts) are the one exception: they name nobody and set their own Cache-Control.
 */
export const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader("Cache-Control", "no-store");
  next();
};

/**
 * What every HTTP app of cobuild starts with, before its routes: whom to believe about the client's
 * address and scheme, a request id, request metrics, the security headers, and /metrics.
 */
export function prepareHttpApp(app: Express, trustProxy: TrustProxy): void {
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
  app.use(requestIds, httpMetrics, securityHeaders());
  app.get("/metrics", metricsRoute);
}
