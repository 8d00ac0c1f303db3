/** Small helpers the city benchmarks share for turning samples into table cells. */

/** The p-th quantile (0..1) of an ascending array; 0 when empty. */
export const quantile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** Milliseconds for a table cell. */
export const ms = (n: number): string => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n.toFixed(1)} ms`);

/** Whole numbers with thousands separators. */
export const count = (n: number): string => Math.round(n).toLocaleString("en-US");

/** A rate for a table cell: one decimal below 10, so a crawl does not read as zero. */
export const rate = (perSecond: number): string => (perSecond < 10 ? perSecond.toFixed(1) : count(perSecond));

/** Mebibytes from bytes. */
export const mib = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MiB`;

/** Seconds from milliseconds, for durations. */
export const seconds = (millis: number): string => `${(millis / 1000).toFixed(millis < 10_000 ? 2 : 1)} s`;

/** A markdown table from a header row and body rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes on one machine. */
export const now = (): number => performance.timeOrigin + performance.now();
