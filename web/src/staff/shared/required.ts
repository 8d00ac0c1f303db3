import { z } from "zod";

const codeOf = (issue: z.core.$ZodIssue): string =>
  issue.code === "custom" && typeof issue.params?.code === "string" ? issue.params.code : issue.code;

const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === "string" && value.trim() === "") ||
  (Array.isArray(value) && value.length === 0);

/**
 * The domain's input schema, with blank required text fields reported as "required" rather than as
 * zod's "too_small" (which the shared messages word for numbers: "must be more than 0"). Paths are
 * dotted ("commitments.0.description"); every other rule is the domain schema's, unchanged.
 */
export function withRequired(schema: z.ZodType, requiredPaths: readonly string[]): z.ZodType {
  return z.unknown().superRefine((body, ctx) => {
    const blank = new Set<string>();
    for (const path of requiredPaths) {
      const segments = path.split(".");
      let value: unknown = body;
      for (const s of segments) {
        value =
          value !== null && typeof value === "object" ? (value as Record<string, unknown>)[s] : undefined;
      }
      if (isBlank(value)) {
        blank.add(path);
        const issuePath = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        ctx.addIssue({ code: "custom", path: issuePath, message: "Required", params: { code: "required" } });
      }
    }
    const checked = schema.safeParse(body);
    if (checked.success) return;
    for (const issue of checked.error.issues) {
      if (blank.has(issue.path.map(String).join("."))) continue;
      ctx.addIssue({
        code: "custom",
        path: issue.path,
        message: issue.message,
        params: { code: codeOf(issue) },
      });
    }
  });
}

/** Every issue of a body against a schema, by dotted path, first one per path: for forms with rows. */
export function issuesByPath(schema: z.ZodType, body: unknown): Record<string, string> {
  const checked = schema.safeParse(body);
  const out: Record<string, string> = {};
  if (checked.success) return out;
  for (const issue of checked.error.issues) out[issue.path.map(String).join(".")] ??= codeOf(issue);
  return out;
}
