/**
 * JSON text with object keys sorted at every depth, so two values that mean the same JSON always give the
 * same text. Used to recognise a retried append: `{a:1,b:2}` and `{b:2,a:1}` are the same event data.
 * `toJSON` (e.g. on Date) and dropped `undefined` members behave exactly as when the data was stored.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, member: unknown) => {
    if (member === null || typeof member !== "object" || Array.isArray(member)) return member;
    const entries = Object.entries(member).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}
