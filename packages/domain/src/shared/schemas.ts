import { z } from "zod";

/** Identifiers are chosen by the client (so retries are safe) or by the server: short, URL-safe. */
export const Id = z
  .string()
  .min(1)
  .max(64)
  // Starting with a letter or digit also rules out `__proto__`, which JSON objects cannot hold as a key.
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
    "只能包含字母、数字、- 和 _，且以字母或数字开头 / letters, digits, - and _, starting with a letter or digit",
  );

/** A calendar date in the community's time zone. */
export const LocalDate = z.iso.date();

/** Control characters and bidirectional overrides: invisible, and able to make a name read backwards. */
const INVISIBLE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;
const LINE_BREAKS = /[\r\n]/g;

/**
 * Human-entered text of at most `max` characters, trimmed, with no invisible or direction-changing
 * characters (line breaks are allowed where `multiline`).
 */
export const plainText = (max: number, { multiline = false } = {}) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((text) => !INVISIBLE.test(multiline ? text.replace(LINE_BREAKS, "") : text), {
      error: "Contains invisible or control characters",
      params: { code: "invisible_characters" },
    });

/** A human-entered name or title. */
export const Name = plainText(100).pipe(z.string().min(1));

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

/**
 * Login names: lowercase letters, digits, dot, dash and underscore, so a name reads the same however it
 * was typed and fits in a stream id.
 */
export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, "3–40 characters: letters, digits, . - _");
