import type { z } from "zod";
import { type FieldIssue, InvalidRequestError } from "./errors.ts";

/** Custom rules name themselves in `params.code` (e.g. `due_date_outside_term`); others use zod's code. */
const codeOf = (issue: z.core.$ZodIssue): string => {
  const named = issue.code === "custom" ? issue.params?.code : undefined;
  return typeof named === "string" ? named : issue.code;
};

const toIssue = (issue: z.core.$ZodIssue): FieldIssue => ({
  field: issue.path.map(String).join("."),
  message: issue.message,
  code: codeOf(issue),
});

/** Parses input at the edge; a failure becomes a 400 naming every field at fault. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidRequestError(result.error.issues.map(toIssue));
  return result.data;
}
