import { LocalDate } from "@cobuild/domain";
import { z } from "zod";

/** `?from=&to=`: inclusive bounds on the meeting date, either optional, never ending before it starts. */
export const DateRangeQuery = z
  .object({ from: LocalDate.optional(), to: LocalDate.optional() })
  .refine(({ from, to }) => from === undefined || to === undefined || from <= to, {
    path: ["to"],
    error: "The range must not end before it starts",
    params: { code: "to_before_from" },
  });
export type DateRangeQuery = z.output<typeof DateRangeQuery>;

/** True when the date lies within the range. */
export const inRange = (date: string, { from, to }: DateRangeQuery): boolean =>
  (from === undefined || date >= from) && (to === undefined || date <= to);
