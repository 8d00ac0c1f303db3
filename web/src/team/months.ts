/** The month after "YYYY-MM". */
const nextMonth = (month: string): string => {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
};

/** One bar of the hours chart. */
export interface MonthHours {
  month: string;
  hours: number;
}

/**
 * The last `count` months up to and including `lastMonth`, each with its hours (0 where none were
 * served), oldest first, so a quiet month shows as a gap rather than disappearing.
 */
export function monthsUpTo(
  hoursByMonth: Readonly<Record<string, number>>,
  lastMonth: string,
  count: number,
): MonthHours[] {
  let month = lastMonth;
  for (let i = 1; i < count; i++) {
    const year = Number(month.slice(0, 4));
    const m = Number(month.slice(5, 7));
    month = m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, "0")}`;
  }
  const out: MonthHours[] = [];
  for (let i = 0; i < count; i++) {
    out.push({ month, hours: hoursByMonth[month] ?? 0 });
    month = nextMonth(month);
  }
  return out;
}
