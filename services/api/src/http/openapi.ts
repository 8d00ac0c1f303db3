import { z } from "zod";
import type { ApiRoute } from "./route.ts";

type JsonSchema = Record<string, unknown>;

/** The request side of a schema (defaults optional, transforms before they run), as JSON Schema 2020-12. */
const jsonSchema = (schema: z.ZodType, io: "input" | "output" = "input"): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
};

/** Removes the path ids from a body schema: the client sends them in the URL, not the body. */
const withoutKeys = (schema: JsonSchema, keys: readonly string[]): JsonSchema => {
  if (keys.length === 0 || typeof schema.properties !== "object" || schema.properties === null) return schema;
  const properties = Object.fromEntries(
    Object.entries(schema.properties as Record<string, unknown>).filter(([key]) => !keys.includes(key)),
  );
  const required = Array.isArray(schema.required)
    ? schema.required.filter((key) => !keys.includes(String(key)))
    : undefined;
  return { ...schema, properties, ...(required ? { required } : {}) };
};

const objectKeys = (schema: JsonSchema): string[] =>
  typeof schema.properties === "object" && schema.properties !== null ? Object.keys(schema.properties) : [];

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** The refusals a route can answer with, beyond its success. */
const errorResponses = (r: ApiRoute) => ({
  ...(r.params || r.query || r.body
    ? { 400: problemResponse("Invalid input; `errors` names each field") }
    : {}),
  ...(r.auth === "session"
    ? {
        401: problemResponse("Not logged in"),
        403: problemResponse("Logged in, but the role does not allow this"),
      }
    : {}),
  404: problemResponse("No such resource"),
  ...(r.method === "get" ? {} : { 409: problemResponse("Refused by a business rule; `code` says which") }),
  ...(r.method === "get" ? {} : { 412: problemResponse("If-Match did not match the current revision") }),
});

const operation = (r: ApiRoute) => {
  const pathKeys = r.params ? objectKeys(jsonSchema(r.params)) : [];
  const parameters = [
    ...pathKeys.map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
    ...(r.query
      ? Object.entries((jsonSchema(r.query).properties ?? {}) as Record<string, JsonSchema>).map(
          ([name, schema]) => ({ name, in: "query", required: false, schema }),
        )
      : []),
    ...(r.method === "get"
      ? []
      : [
          {
            name: "Idempotency-Key",
            in: "header",
            required: false,
            schema: { type: "string", maxLength: 200 },
          },
          { name: "If-Match", in: "header", required: false, schema: { type: "string", examples: ['"3"'] } },
        ]),
  ];
  const body = r.body ? withoutKeys(jsonSchema(r.body), r.bodyIncludesParams ? pathKeys : []) : undefined;
  return {
    summary: r.summary,
    tags: [r.tag],
    operationId: `${r.method}${r.path.replace(/[/:]+(\w)/g, (_m, c: string) => c.toUpperCase()).replace(/\W/g, "")}`,
    ...(r.auth === "session" ? {} : { security: [] }),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(body ? { requestBody: { required: true, content: { "application/json": { schema: body } } } } : {}),
    responses: {
      [r.success.status]: {
        description: r.success.description,
        ...(r.success.schema
          ? { content: { "application/json": { schema: jsonSchema(r.success.schema, "output") } } }
          : {}),
      },
      ...errorResponses(r),
    },
  };
};

/** The OpenAPI 3.1 document of the API, built from the same route list and zod schemas that serve it. */
export function openApiDocument(routes: readonly ApiRoute[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = `/api${r.path.replace(/:(\w+)/g, "{$1}")}`;
    paths[path] = { ...paths[path], [r.method]: operation(r) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "cobuild API",
      version,
      description:
        "Community co-building (社区党建 共驻共建): registry, agreements, joint meetings, volunteer teams, " +
        "service posts and the love supermarket. Every change is a command recorded as an event. " +
        "Errors are RFC 7807 problem details with a machine-readable `code`.",
    },
    servers: [{ url: "/" }],
    security: [{ session: [] }, { bearer: [] }],
    paths,
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "cobuild_session" },
        bearer: { type: "http", scheme: "bearer" },
      },
      schemas: {
        Problem: {
          type: "object",
          required: ["type", "title", "status", "detail", "code"],
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            code: { type: "string", description: "Machine-readable reason, e.g. post_full" },
            instance: { type: "string" },
            errors: {
              type: "array",
              items: {
                type: "object",
                required: ["field", "message", "code"],
                properties: {
                  field: { type: "string" },
                  message: { type: "string" },
                  code: { type: "string" },
                },
              },
            },
          },
        },
      },
    },
  };
}
