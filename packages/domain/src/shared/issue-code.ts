import type { z } from "zod";

/**
 * The machine-readable code of one validation issue, as the API sends it and the web client shows it.
 * Custom rules name themselves in `params.code` (e.g. `due_date_outside_term`). zod's "too_small" covers
 * an empty name, a short text, an empty list and a zero quantity alike; people need different words for
 * them, so text and lists get codes of their own.
 */
export function issueCode(issue: z.core.$ZodIssue): string {
  if (issue.code === "custom") {
    const named = issue.params?.code;
    return typeof named === "string" ? named : issue.code;
  }
  if (issue.code === "too_small" && issue.origin === "string") {
    return Number(issue.minimum) <= 1 ? "required" : "too_short";
  }
  if (issue.code === "too_small" && (issue.origin === "array" || issue.origin === "set")) return "too_few";
  return issue.code;
}
