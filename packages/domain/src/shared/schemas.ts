import { z } from "zod";

/** Identifiers are chosen by the client (so retries are safe) or by the server: short, URL-safe. */
export const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "只能包含字母、数字、- 和 _ / letters, digits, - and _ only");

/** A calendar date in the community's time zone. */
export const LocalDate = z.iso.date();

/** A human-entered name or title. */
export const Name = z.string().trim().min(1).max(100);

/** True when a number has at most two decimal places as written (its shortest decimal form). */
const hasAtMostTwoDecimals = (value: number): boolean => /^-?\d+(\.\d{1,2})?$/.test(String(value));

/**
 * A measured amount (trees, truckloads, hours): positive, at most two decimals, so sums can be kept
 * exact in hundredths (see agreements/progress.ts).
 */
export const Quantity = z
  .number()
  .positive()
  .max(10_000_000)
  .refine(hasAtMostTwoDecimals, { error: "At most 2 decimal places", params: { code: "too_many_decimals" } });
