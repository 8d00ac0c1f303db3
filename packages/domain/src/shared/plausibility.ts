import { z } from "zod";
import { validationError } from "./errors.ts";

/**
 * Set by the person entering a figure after the form warned them it looks implausible (a digit too many,
 * the wrong unit): only then is it accepted. Never stored; the figure itself is.
 */
export const Confirmed = z.boolean().optional();

/**
 * Refuses a figure beyond `limit` unless the sender confirmed it, with a warning the form shows on the
 * field. A refused figure writes nothing; the confirmed one is recorded as entered.
 */
export function ensurePlausible(
  value: number,
  limit: number,
  confirmed: boolean | undefined,
  field: string,
  what: string,
): void {
  if (confirmed === true || value <= limit) return;
  throw validationError(
    "quantity_implausible",
    `${value} is far beyond ${what} (${limit}); check the figure, and send it again with confirmed: true if it is right.`,
    field,
  );
}
