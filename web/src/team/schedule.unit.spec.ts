import { OpenPostInput } from "@cobuild/domain";
import { describe, expect, it } from "vitest";
import { describeSchedule, type ScheduleDraft, scheduleInput, scheduleIssues } from "./schedule.ts";

const draft = (over: Partial<ScheduleDraft>): ScheduleDraft => ({
  kind: "recurring",
  from: "2026-01-01",
  to: "",
  weekdays: [5, 1, 3],
  startTime: "19:00",
  endTime: "21:00",
  ...over,
});

const words = {
  weekday: (d: number) => "一二三四五六日"[d - 1] ?? "?",
  joinDays: (days: string[]) => days.join("、"),
  period: (from: string, to: string) => `${from} 至 ${to}`,
  recurring: (days: string, start: string, end: string, from: string, to: string | undefined) =>
    `每周${days} ${start}–${end}（${from}${to ? ` 至 ${to}` : " 起"}）`,
};

const body = (schedule: unknown) => ({
  postId: "p-1",
  communityId: "c-1",
  name: "治安巡逻岗",
  category: "security_patrol",
  places: 3,
  schedule,
  area: "一组",
});

describe("the post schedule in the form", () => {
  it("Given a recurring draft with no end, When building the input, Then weekdays are sorted and `to` is left out", () => {
    const input = scheduleInput(draft({}));
    expect(input).toEqual({
      kind: "recurring",
      weekdays: [1, 3, 5],
      startTime: "19:00",
      endTime: "21:00",
      from: "2026-01-01",
    });
    expect(OpenPostInput.safeParse(body(input)).success).toBe(true);
  });

  it("Given a period draft, When building the input, Then only the period's keys are sent and the strict schema accepts it", () => {
    const input = scheduleInput(draft({ kind: "period", to: "2026-08-31" }));
    expect(input).toEqual({ kind: "period", from: "2026-01-01", to: "2026-08-31" });
    expect(OpenPostInput.safeParse(body(input)).success).toBe(true);
  });

  it("Given an end time before the start and an end date before the start, When validating, Then each issue lands on its own input", () => {
    const input = scheduleInput(draft({ startTime: "21:00", endTime: "19:00", to: "2025-12-01" }));
    const checked = OpenPostInput.safeParse(body(input));
    expect(checked.success).toBe(false);
    const issues = (checked.error?.issues ?? []).map((i) => ({
      path: i.path,
      code: i.code === "custom" ? String(i.params?.code) : i.code,
    }));
    expect(scheduleIssues(issues)).toEqual({
      to: "period_end_before_start",
      endTime: "end_time_not_after_start",
    });
  });

  it("Given issues elsewhere in the body, When picking schedule issues, Then they are ignored", () => {
    expect(
      scheduleIssues([
        { path: ["name"], code: "too_small" },
        { path: ["schedule"], code: "x" },
      ]),
    ).toEqual({});
  });

  it("Given both kinds of schedule, When describing them, Then the days read in weekday order", () => {
    expect(describeSchedule(scheduleInput(draft({})), words)).toBe(
      "每周一、三、五 19:00–21:00（2026-01-01 起）",
    );
    expect(describeSchedule({ kind: "period", from: "2026-06-01", to: "2026-08-31" }, words)).toBe(
      "2026-06-01 至 2026-08-31",
    );
  });
});
