/** Splits a list into pages of `size` (at least one item per page); no pages for an empty list. */
export function pagesOf<T>(items: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size));
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += step) pages.push(items.slice(start, start + step));
  return pages;
}

/** The page after `current` (or before it, for a negative step), wrapping round; 0 when there are none. */
export function turn(current: number, count: number, step = 1): number {
  if (count <= 0) return 0;
  return (((current + step) % count) + count) % count;
}
