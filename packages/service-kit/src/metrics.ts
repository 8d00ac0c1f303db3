import type { RequestHandler } from "express";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/**
 * Every process's Prometheus metrics, served at /metrics: requests, commands, appends, how far the boards
 * lag the log, and live sockets, beside Node's own (memory, event-loop delay, GC). One registry per process,
 * made once: servers started several times in one process (tests) add their readings as sources.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: "cobuild_" });

export const httpRequests = new Counter({
  name: "cobuild_http_requests_total",
  help: "HTTP requests answered, by method, route and status",
  labelNames: ["method", "route", "status"] as const,
  registers: [metricsRegistry],
});

export const httpRequestSeconds = new Histogram({
  name: "cobuild_http_request_duration_seconds",
  help: "Time to answer an HTTP request, by method and route",
  labelNames: ["method", "route"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const commandsRun = new Counter({
  name: "cobuild_commands_total",
  help: "Commands run, by type and outcome (accepted, replayed, refused, failed)",
  labelNames: ["command", "outcome"] as const,
  registers: [metricsRegistry],
});

export const commandSeconds = new Histogram({
  name: "cobuild_command_duration_seconds",
  help: "Time from a command's start to its answer (queueing behind its stream included)",
  labelNames: ["command"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [metricsRegistry],
});

export const eventsAppended = new Counter({
  name: "cobuild_events_appended_total",
  help: "Events appended to the log by this process's commands",
  registers: [metricsRegistry],
});

/** A gauge read at scrape time from whatever registered itself as a source (summed). */
function sourcedGauge(name: string, help: string) {
  const sources = new Set<() => number>();
  new Gauge({
    name,
    help,
    registers: [metricsRegistry],
    collect() {
      let total = 0;
      for (const read of sources) total += read();
      this.set(total);
    },
  });
  /** Adds a reading; returns how to take it away again (when its server closes). */
  return (read: () => number): (() => void) => {
    sources.add(read);
    return () => void sources.delete(read);
  };
}

/** How many events the boards are behind the log. */
export const measureProjectorLag = sourcedGauge(
  "cobuild_projector_lag_events",
  "Events in the log that the boards do not hold yet",
);

/** Live Socket.IO connections. */
export const measureSockets = sourcedGauge("cobuild_sockets", "Connected live-board sockets");

/** Counts and times each request under its route's pattern (never the raw path: ids would explode it). */
export const httpMetrics: RequestHandler = (req, res, next) => {
  const started = process.hrtime.bigint();
  res.once("finish", () => {
    const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : "unmatched";
    const labels = { method: req.method, route };
    httpRequests.inc({ ...labels, status: String(res.statusCode) });
    httpRequestSeconds.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
  });
  next();
};

/** Loopback and private networks (RFC 1918, unique local IPv6): where a monitoring system scrapes from. */
const PRIVATE = /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|::1$|f[cd][0-9a-f]{2}:)/i;
const isPrivate = (address: string | undefined) => PRIVATE.test((address ?? "").replace(/^::ffff:/, ""));

/**
 * GET /metrics in Prometheus's text format, for monitoring on the server's own network only: a request
 * from a public address, or one relayed by a proxy (it says X-Forwarded-For), gets a plain 404.
 */
export const metricsRoute: RequestHandler = async (req, res) => {
  if (req.headers["x-forwarded-for"] !== undefined || !isPrivate(req.socket.remoteAddress)) {
    res.status(404).end();
    return;
  }
  res.setHeader("Content-Type", metricsRegistry.contentType);
  res.end(await metricsRegistry.metrics());
};
