// Test-only: small request builders and response checks for the API over real HTTP.
import type { EventStore } from "@cobuild/event-store";
import { expect } from "vitest";
import { z } from "zod";

export interface ApiResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  body: unknown;
}

export interface RequestOptions {
  /** Serialised as JSON with Content-Type application/json. */
  json?: unknown;
  /** Sent as is, with Content-Type application/json unless `headers` say otherwise. */
  raw?: string;
  headers?: Record<string, string>;
}

/** One HTTP request against the API; never throws on an error status. */
export async function request(
  baseUrl: string,
  method: "GET" | "POST" | "PUT" | "DELETE",
  path: string,
  options: RequestOptions = {},
): Promise<ApiResponse> {
  const hasBody = options.json !== undefined || options.raw !== undefined;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(hasBody ? { "content-type": "application/json" } : {}), ...options.headers },
    ...(hasBody ? { body: options.raw ?? JSON.stringify(options.json) } : {}),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === "" ? undefined : JSON.parse(text);
  } catch {
    // Not JSON: the raw text is what the test gets to look at.
  }
  return { status: response.status, headers: response.headers, body };
}

/** Request builders bound to one running API, acting with one session's token (or anonymously). */
export const client = (baseUrl: string, token?: string) => {
  const auth = (headers?: Record<string, string>) => ({
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
  return {
    token,
    get: (path: string, headers?: Record<string, string>) => request(baseUrl, "GET", path, auth(headers)),
    post: (path: string, json: unknown, headers?: Record<string, string>) =>
      request(baseUrl, "POST", path, { json, ...auth(headers) }),
    put: (path: string, json: unknown, headers?: Record<string, string>) =>
      request(baseUrl, "PUT", path, { json, ...auth(headers) }),
    delete: (path: string, headers?: Record<string, string>) =>
      request(baseUrl, "DELETE", path, auth(headers)),
    postRaw: (path: string, raw: string, headers?: Record<string, string>) =>
      request(baseUrl, "POST", path, { raw, ...auth(headers) }),
  };
};
export type Client = ReturnType<typeof client>;

/** The RFC 7807 body every refusal must have; `errors` only when fields are at fault. */
export const ProblemBody = z.strictObject({
  type: z.string().min(1),
  title: z.string().min(1),
  status: z.number().int(),
  detail: z.string().min(1),
  code: z.string().regex(/^[a-z_]+$/),
  instance: z.string().startsWith("/"),
  errors: z
    .array(z.strictObject({ field: z.string(), message: z.string().min(1), code: z.string().min(1) }))
    .min(1)
    .optional(),
});
export type ProblemBody = z.infer<typeof ProblemBody>;

/**
 * Asserts a problem+json answer with this status and code; with `field`, the first error names it.
 * Returns the parsed problem for further checks.
 */
export function expectProblem(
  response: ApiResponse,
  expected: { status: number; code: string; field?: string },
): ProblemBody {
  expect(response.status).toBe(expected.status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json\b/);
  const problem = ProblemBody.parse(response.body);
  expect(problem).toMatchObject({ status: expected.status, code: expected.code });
  if (expected.field !== undefined) expect(problem.errors?.[0]?.field).toBe(expected.field);
  return problem;
}

/** Reads a field of a JSON object body, failing the test when the body has no such field. */
export function bodyField(response: ApiResponse, field: string): unknown {
  const body = z.record(z.string(), z.unknown()).parse(response.body);
  expect(body).toHaveProperty(field);
  return body[field];
}

/** The ETag of a response as a revision number. */
export function etagRevision(response: ApiResponse): number {
  const etag = response.headers.get("etag");
  expect(etag).toMatch(/^"-?\d+"$/);
  return Number(etag?.replaceAll('"', ""));
}

/**
 * Remembers a stream's revision and the log's head; `expectUnchanged` then proves a refused command
 * wrote nothing, neither to that stream nor anywhere else.
 */
export async function snapshotOf(store: EventStore, streamId: string) {
  const revision = async () => (await store.readStream(streamId)).at(-1)?.revision ?? -1;
  const before = { revision: await revision(), head: await store.headPosition() };
  return {
    before,
    expectUnchanged: async () => {
      expect({ revision: await revision(), head: await store.headPosition() }).toEqual(before);
    },
  };
}
