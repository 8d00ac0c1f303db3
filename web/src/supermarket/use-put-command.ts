import { useRef, useState } from "react";
import type { z } from "zod";
import { newId } from "../api.ts";
import { useI18n } from "../i18n/i18n.tsx";

/**
 * A command sent with PUT (the monthly limit is set, not added to). The shared useCommand only POSTs, so
 * this does the same for PUT: the domain schema checks the body first, an idempotency key makes a retry
 * safe, and any refusal comes back as a translated message. One field, one message: the form is small.
 */
export function usePutCommand() {
  const { tOr } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code: string; fallback: string }>();
  const key = useRef(newId());
  const submit = async (url: string, body: unknown, schema: z.ZodType): Promise<boolean> => {
    const checked = schema.safeParse(body);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      const named = issue?.code === "custom" ? issue.params?.code : undefined;
      setError({
        code: typeof named === "string" ? named : (issue?.code ?? "invalid"),
        fallback: issue?.message ?? "",
      });
      return false;
    }
    setBusy(true);
    try {
      const res = await fetch(url, {
        method: "PUT",
        headers: {
          Accept: "application/json",
          "Content-Type": "application/json",
          "Idempotency-Key": key.current,
        },
        body: JSON.stringify(body),
      });
      if (res.ok) {
        setError(undefined);
        key.current = newId();
        return true;
      }
      const problem = (await res.json().catch(() => ({}))) as {
        code?: string;
        detail?: string;
        errors?: { code: string; message: string }[];
      };
      const first = problem.errors?.[0];
      setError({
        code: first?.code ?? problem.code ?? "internal",
        fallback: first?.message ?? problem.detail ?? res.statusText,
      });
      return false;
    } catch {
      setError({ code: "network", fallback: "network unavailable" });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error: error ? tOr(`error.${error.code}`, error.fallback) : undefined, submit };
}
