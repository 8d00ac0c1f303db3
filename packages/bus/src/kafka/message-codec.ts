/**
 * Messages travel as JSON text. `undefined` has no JSON form, so it travels as an empty value and comes
 * back as `undefined`; everything else comes back as `JSON.parse` gives it.
 */
export function encodeMessage(message: unknown): string | null {
  return message === undefined ? null : JSON.stringify(message);
}

/** Throws on text that is not JSON: the bus treats that like a handler that throws. */
export function decodeMessage(value: Buffer | null): unknown {
  return value === null ? undefined : JSON.parse(value.toString("utf8"));
}
