/** The `count` months ending with `month`, oldest first: lastMonths("2026-02", 3) → 2025-12, 2026-01, 2026-02. */
export function lastMonths(month: string, count: number): string[] {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7)) - 1;
  const out: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const total = year * 12 + index - back;
    const y = Math.floor(total / 12);
    const m = (total % 12) + 1;
    out.push(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`);
  }
  return out;
}

/** One bar of an hours chart. */
export interface MonthHours {
  /** "YYYY-MM". */
  month: string;
  hours: number;
}

/** The hours of each month asked for, 0 where none were served, so a quiet month shows as a gap. */
export const hoursInMonths = (
  hoursByMonth: Readonly<Record<string, number>>,
  months: readonly string[],
): MonthHours[] => months.map((month) => ({ month, hours: hoursByMonth[month] ?? 0 }));
