import express from "express";

/** One readiness check: resolves when the dependency it names can be used, throws saying why not. */
export type ReadinessCheck = () => Promise<void> | void;

/**
 * GET /healthz answers 200 while the process runs (restart it when it does not); GET /readyz answers 200
 * only when every check passes, else 503 naming what is not ready (take it out of rotation meanwhile).
 * Both turn 503 once shutdown has begun, so a load balancer stops sending work before the process goes.
 */
export function healthRoutes(
  checks: Record<string, ReadinessCheck>,
  stopping: () => boolean,
): express.Router {
  const router = express.Router();
  router.get("/healthz", (_req, res) => {
    res.status(stopping() ? 503 : 200).json({ status: stopping() ? "stopping" : "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    if (stopping()) {
      res.status(503).json({ status: "stopping" });
      return;
    }
    const failures: Record<string, string> = {};
    await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        try {
          await check();
        } catch (error) {
          failures[name] = error instanceof Error ? error.message : String(error);
        }
      }),
    );
    const ready = Object.keys(failures).length === 0;
    res.status(ready ? 200 : 503).json(ready ? { status: "ready" } : { status: "not_ready", failures });
  });
  return router;
}
