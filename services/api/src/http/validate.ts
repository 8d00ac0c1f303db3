import { issueCode } from "@cobuild/domain";
import type { z } from "zod";
import { type FieldIssue, InvalidRequestError } from "./errors.ts";

const toIssue = (issue: z.core.$ZodIssue): FieldIssue => ({
  field: issue.path.map(String).join("."),
  message: issue.message,
  code: issueCode(issue),
});

/** Parses input at the edge; a failure becomes a 400 naming every field at fault. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidRequestError(result.error.issues.map(toIssue));
  return result.data;
}

/**
 * The JSON body as an object, with the ids the URL decides merged in. A body that is not an object, or
 * that names one of those ids differently from the URL, is refused rather than quietly overridden.
 */
export function bodyWith(body: unknown, fromPath: Record<string, string>): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new InvalidRequestError([
      { field: "", message: "The body must be a JSON object", code: "invalid_type" },
    ]);
  }
  const record = body as Record<string, unknown>;
  const clashes = Object.entries(fromPath).filter(([key, value]) => key in record && record[key] !== value);
  if (clashes.length > 0) {
    throw new InvalidRequestError(
      clashes.map(([key]) => ({
        field: key,
        message: "Differs from the id in the URL",
        code: "path_mismatch",
      })),
    );
  }
  return { ...record, ...fromPath };
}
