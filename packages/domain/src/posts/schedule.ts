import { z } from "zod";
import { LocalDate } from "../shared/schemas.ts";

/** A time of day on the 24-hour clock, "HH:MM" (00:00 to 23:59). */
export const HourMinute = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "A time of day as HH:MM, from 00:00 to 23:59");

/** Days of the week as ISO numbers, Monday = 1 … Sunday = 7. */
export const ScheduleWeekday = z.number().int().min(1).max(7);

/** A post staffed over a stretch of days (e.g. the summer flood season). */
export const PeriodSchedule = z.object({ kind: z.literal("period"), from: LocalDate, to: LocalDate });

/** A post staffed on set weekdays and hours (e.g. patrol Mon/Wed/Fri 19:00–21:00), open-ended if no `to`. */
export const RecurringSchedule = z.object({
  kind: z.literal("recurring"),
  weekdays: z.array(ScheduleWeekday).min(1).max(7),
  startTime: HourMinute,
  endTime: HourMinute,
  from: LocalDate,
  to: LocalDate.optional(),
});

/** When a post is staffed. Cross-field rules (order, unique weekdays) are on OpenPostInput. */
export const PostSchedule = z.discriminatedUnion("kind", [PeriodSchedule, RecurringSchedule]);
export type PostSchedule = z.infer<typeof PostSchedule>;

/** The schedule as a client may send it: strict, so a misspelt key is refused. */
export const PostScheduleInput = z.discriminatedUnion("kind", [
  PeriodSchedule.strict(),
  RecurringSchedule.strict(),
]);

/** The last day the post is staffed, or undefined when it runs on with no end. */
export const scheduleEnd = (schedule: PostSchedule): string | undefined => schedule.to;

/** True when the date falls within the schedule's days (weekdays aside: duty may be done on others). */
export const isWithinSchedule = (schedule: PostSchedule, date: string): boolean => {
  const end = scheduleEnd(schedule);
  return date >= schedule.from && (end === undefined || date <= end);
};

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Hours from check-in to check-out on one day, exact to hundredths: 08:00–09:20 is 1.33. */
export const dutyHours = (checkIn: string, checkOut: string): number =>
  Math.round(((minutesOf(checkOut) - minutesOf(checkIn)) * 100) / 60) / 100;
