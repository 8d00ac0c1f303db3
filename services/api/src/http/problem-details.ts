import { DomainError, type ErrorKind } from "@cobuild/domain";
import { StorageError, WrongExpectedRevisionError } from "@cobuild/event-store";
import type { ErrorRequestHandler } from "express";
import { type FieldIssue, InvalidRequestError } from "./errors.ts";

/** Every domain refusal kind has exactly one status; a new kind without one fails to compile. */
const statusOfKind: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
};

/** RFC 7807 problem details, with the fields at fault and a machine-readable code. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldIssue[];
  instance?: string;
}

const problem = (
  status: number,
  code: string,
  title: string,
  detail: string,
  errors?: FieldIssue[],
): Problem => ({
  type: `urn:cobuild:problem:${code}`,
  title,
  status,
  detail,
  code,
  ...(errors && errors.length > 0 ? { errors } : {}),
});

/** Body-parser (and unknown-route) errors carry a `type`; they are the client's fault, never a 500. */
const bodyParserProblem = (error: unknown): Problem | undefined => {
  if (typeof error !== "object" || error === null) return undefined;
  if (!("type" in error)) return exposedClientError(error);
  switch (error.type) {
    case "entity.parse.failed":
      return problem(400, "malformed_json", "Malformed JSON", "The request body is not a valid JSON object.");
    case "entity.too.large":
      return problem(413, "payload_too_large", "Payload too large", "The request body is too large.");
    case "content_type.unsupported":
      return problem(
        415,
        "unsupported_media_type",
        "Unsupported media type",
        "Send commands as application/json (even with no fields).",
      );
    case "origin.refused":
      return problem(
        403,
        "origin_refused",
        "Origin refused",
        "Commands are accepted only from cobuild's own pages and the origins it is configured to allow.",
      );
    case "login.throttled":
      return problem(
        429,
        "login_throttled",
        "Too many login attempts",
        error instanceof Error ? error.message : "Try again later.",
      );
    case "route.not_found":
      return problem(404, "route_not_found", "Not found", "There is no such API route.");
    case "encoding.unsupported":
    case "charset.unsupported":
      return problem(415, "unsupported_encoding", "Unsupported encoding", "Send UTF-8 JSON.");
    default:
      return exposedClientError(error);
  }
};

/** Any other HTTP error that says it is the client's (4xx, meant to be shown) keeps its status. */
const exposedClientError = (error: object): Problem | undefined => {
  const status = "status" in error && typeof error.status === "number" ? error.status : 0;
  const exposed = "expose" in error && error.expose === true;
  if (!exposed || status < 400 || status > 499) return undefined;
  const code =
    "type" in error && typeof error.type === "string" ? error.type.replaceAll(".", "_") : "bad_request";
  return problem(
    status,
    code,
    "Bad request",
    error instanceof Error ? error.message : "The request was refused.",
  );
};

export function toProblem(error: unknown): Problem {
  if (error instanceof InvalidRequestError) {
    return problem(400, "invalid_request", "Invalid request", error.message, error.issues);
  }
  if (error instanceof DomainError) {
    const errors = error.field
      ? [{ field: error.field, message: error.message, code: error.code }]
      : undefined;
    return problem(
      statusOfKind[error.kind],
      error.code,
      error.code.replaceAll("_", " "),
      error.message,
      errors,
    );
  }
  if (error instanceof WrongExpectedRevisionError) {
    return problem(
      412,
      "stale_revision",
      "Stale revision",
      "The resource changed since you read it; reload it.",
    );
  }
  if (error instanceof URIError) {
    return problem(400, "malformed_uri", "Malformed URI", "The request path is not valid percent-encoding.");
  }
  if (error instanceof StorageError) {
    return problem(503, `storage_${error.failure}`, "Storage unavailable", error.message);
  }
  return (
    bodyParserProblem(error) ??
    problem(500, "internal", "Internal error", "Something went wrong on our side.")
  );
}

/** The one place errors become HTTP responses. */
export const problemDetails =
  (log: (error: unknown, context?: Record<string, unknown>) => void): ErrorRequestHandler =>
  (error, req, res, _next) => {
    const body = { ...toProblem(error), instance: req.originalUrl };
    // The request id (also in the answer's X-Request-Id) ties what a user reports to this log line.
    if (body.status >= 500)
      log(error, { requestId: res.locals.requestId, method: req.method, path: req.path });
    res.status(body.status).type("application/problem+json").json(body);
  };
