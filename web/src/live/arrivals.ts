/**
 * Which keys of a feed are new since the last look. The first look (no previous keys) finds nothing new:
 * a page that just opened has no "arrivals", only history.
 */
export function newArrivals(previous: ReadonlySet<string> | undefined, current: readonly string[]): string[] {
  if (!previous) return [];
  return current.filter((key) => !previous.has(key));
}
