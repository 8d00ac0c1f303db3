/**
 * An id for a new unit in the community's own style: when existing ids end in a number after a common
 * prefix ("gm-u01" … "gm-u24"), the next number with the same padding ("gm-u25"); otherwise the
 * fallback (a random id). Unit ids are global, so the community's prefix keeps them apart.
 */
export function nextUnitId(existing: readonly string[], fallback: () => string): string {
  const parsed = existing.map((id) => /^(.*?)(\d+)$/.exec(id));
  const first = parsed[0];
  if (!first || parsed.some((m) => !m || m[1] !== first[1])) return fallback();
  const prefix = first[1] ?? "";
  const width = Math.max(...parsed.map((m) => m?.[2]?.length ?? 0));
  const next = Math.max(...parsed.map((m) => Number(m?.[2] ?? 0))) + 1;
  const taken = new Set(existing);
  const candidate = `${prefix}${String(next).padStart(width, "0")}`;
  return taken.has(candidate) ? fallback() : candidate;
}
