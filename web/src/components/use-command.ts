import { issueCode } from "@cobuild/domain";
import { useCallback, useRef, useState } from "react";
import type { z } from "zod";
import { newId, sendCommand } from "../api.ts";
import { useI18n } from "../i18n/i18n.tsx";

/** An error kept as a code and translated when shown, so switching language translates it too. */
export interface CommandError {
  code: string;
  fallback: string;
}

export interface CommandState<Result> {
  busy: boolean;
  /** Field path (first segment) -> error; "form" holds what belongs to no shown field. */
  errors: Record<string, CommandError>;
  /** The translated error of one field, for <Field error={…}>. */
  fieldError(field: string): string | undefined;
  /** The translated error of the whole form (network, refusal such as post_full), if any. */
  formError: string | undefined;
  /**
   * Validates `body` with the command's zod schema (when given), then POSTs it with an idempotency key
   * that stays the same until the command succeeds, so a retry after a dropped connection never runs it
   * twice. Resolves to the response body on success, undefined on any error (then in `errors`).
   */
  submit(
    url: string,
    body: unknown,
    schema?: z.ZodType,
    method?: "POST" | "PUT",
  ): Promise<Result | undefined>;
  reset(): void;
}

/**
 * Runs one form's command: client-side validation with the same schema the API uses, problem details
 * mapped to the fields the form shows (`fields`), everything else to a form-level message.
 */
export function useCommand<Result = unknown>(fields: readonly string[]): CommandState<Result> {
  const { tOr } = useI18n();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, CommandError>>({});
  const key = useRef(newId());
  // The fields a form shows never change while it is mounted; a ref keeps `submit` stable.
  const shown = useRef(new Set(fields));
  const fieldOf = useRef((path: string) => (shown.current.has(path) ? path : "form")).current;

  const submit = useCallback(
    async (
      url: string,
      body: unknown,
      schema?: z.ZodType,
      method: "POST" | "PUT" = "POST",
    ): Promise<Result | undefined> => {
      if (schema) {
        const checked = schema.safeParse(body);
        if (!checked.success) {
          const next: Record<string, CommandError> = {};
          for (const issue of checked.error.issues) {
            next[fieldOf(String(issue.path[0] ?? "form"))] ??= {
              code: issueCode(issue),
              fallback: issue.message,
            };
          }
          setErrors(next);
          return undefined;
        }
      }
      setBusy(true);
      const result = await sendCommand<Result>(method, url, body, key.current);
      setBusy(false);
      if (result.ok) {
        setErrors({});
        key.current = newId();
        return result.data;
      }
      const { problem } = result;
      const next: Record<string, CommandError> = {};
      for (const issue of problem.errors ?? []) {
        next[fieldOf(issue.field.split(".")[0] ?? "")] ??= { code: issue.code, fallback: issue.message };
      }
      if (Object.keys(next).length === 0 || problem.status >= 500 || problem.status === 0) {
        next.form = { code: problem.status === 0 ? "network" : problem.code, fallback: problem.detail };
      }
      setErrors(next);
      return undefined;
    },
    [fieldOf],
  );
  const translate = (error?: CommandError) =>
    error ? tOr(`error.${error.code}`, error.fallback) : undefined;
  return {
    busy,
    errors,
    fieldError: (field) => translate(errors[field]),
    formError: translate(errors.form),
    submit,
    reset: () => {
      setErrors({});
      key.current = newId();
    },
  };
}
