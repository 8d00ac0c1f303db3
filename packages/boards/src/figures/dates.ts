import { daysBetween } from "@cobuild/domain";

/** The month ("YYYY-MM") a date ("YYYY-MM-DD") falls in. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** Days from a deadline to today: 1 the day after it, 0 on the day itself, negative before it. */
export const daysLate = (deadline: string, today: string): number => daysBetween(deadline, today);
