import type { PostSchedule } from "@cobuild/domain";

/** The schedule part of the open-post form, as the inputs hold it. */
export interface ScheduleDraft {
  kind: "period" | "recurring";
  from: string;
  to: string;
  weekdays: number[];
  startTime: string;
  endTime: string;
}

/** The schedule the OpenPost command takes; a recurring post with no end date leaves `to` out. */
export function scheduleInput(draft: ScheduleDraft): PostSchedule {
  if (draft.kind === "period") return { kind: "period", from: draft.from, to: draft.to };
  const weekdays = [...draft.weekdays].sort((a, b) => a - b);
  const base = { kind: "recurring" as const, weekdays, startTime: draft.startTime, endTime: draft.endTime };
  return draft.to === "" ? { ...base, from: draft.from } : { ...base, from: draft.from, to: draft.to };
}

/** The inputs of the schedule a validation issue points at. */
export type ScheduleField = "from" | "to" | "weekdays" | "startTime" | "endTime";
const scheduleFields: readonly string[] = ["from", "to", "weekdays", "startTime", "endTime"];

/** Something that reports issues with paths, as zod and the API's problem details do. */
export interface PathIssue {
  path: readonly PropertyKey[];
  code: string;
}

/**
 * The first issue for each schedule input (path `schedule.<input>…`), so each message sits next to the
 * input it is about rather than under the whole schedule.
 */
export function scheduleIssues(issues: readonly PathIssue[]): Partial<Record<ScheduleField, string>> {
  const out: Partial<Record<ScheduleField, string>> = {};
  for (const { path, code } of issues) {
    const [head, field] = path;
    if (head !== "schedule" || typeof field !== "string" || !scheduleFields.includes(field)) continue;
    out[field as ScheduleField] ??= code;
  }
  return out;
}

/** Words a schedule is told in, so the wording stays in the strings files. */
export interface ScheduleWords {
  weekday(day: number): string;
  /** Joins weekday names ("一、三、五" / "Mon, Wed, Fri"). */
  joinDays(days: string[]): string;
  period(from: string, to: string): string;
  recurring(days: string, start: string, end: string, from: string, to: string | undefined): string;
}

/** A schedule as one line: "2026-06-01 至 2026-08-31" or "每周一、三、五 19:00–21:00（2026-01-01 起）". */
export function describeSchedule(schedule: PostSchedule, words: ScheduleWords): string {
  if (schedule.kind === "period") return words.period(schedule.from, schedule.to);
  const days = [...schedule.weekdays].sort((a, b) => a - b).map((d) => words.weekday(d));
  return words.recurring(
    words.joinDays(days),
    schedule.startTime,
    schedule.endTime,
    schedule.from,
    schedule.to,
  );
}
