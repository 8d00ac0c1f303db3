import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  claim,
  claimed,
  closed,
  dutyRecorded,
  guangming,
  openData,
  opened,
  person,
  recordDuty,
  released,
  today,
} from "../testing/posts-fixtures.ts";
import {
  ClaimPlaceInput,
  ClosePostInput,
  OpenPostInput,
  postCommandSchemas,
  RecordDutyInput,
  ReleaseClaimInput,
} from "./commands.ts";
import { postDecider } from "./decider.ts";
import { PostEvent, postCategories, postEventSchemas } from "./events.ts";

/** The path and rule code of every issue, which is what a form shows next to its fields. */
const issuesOf = (result: z.ZodSafeParseResult<unknown>) =>
  (result.error?.issues ?? []).map((issue) => ({
    path: issue.path,
    code: issue.code === "custom" ? issue.params?.code : issue.code,
  }));

const weekly = (overrides: Record<string, unknown> = {}) => ({
  kind: "recurring",
  weekdays: [1, 3, 5],
  startTime: "19:00",
  endTime: "21:00",
  from: "2025-06-01",
  ...overrides,
});
const openWith = (overrides: Record<string, unknown>) =>
  issuesOf(OpenPostInput.safeParse({ ...openData(), ...overrides }));

describe("OpenPostInput", () => {
  it("accepts a period post, a weekly post with or without an end, and a one-day period", () => {
    expect(openWith({})).toEqual([]);
    expect(openWith({ schedule: weekly() })).toEqual([]);
    expect(openWith({ schedule: weekly({ to: "2025-12-31" }) })).toEqual([]);
    expect(openWith({ schedule: { kind: "period", from: "2025-06-01", to: "2025-06-01" } })).toEqual([]);
  });

  it("accepts every post category and refuses others", () => {
    expect(postCategories).toHaveLength(9);
    for (const category of postCategories) expect(openWith({ category })).toEqual([]);
    expect(openWith({ category: "cooking" })).toEqual([{ path: ["category"], code: "invalid_value" }]);
  });

  it("takes a whole number of places from 1 to 500", () => {
    for (const places of [1, 500]) expect(openWith({ places })).toEqual([]);
    expect(openWith({ places: 0 })).toEqual([{ path: ["places"], code: "too_small" }]);
    expect(openWith({ places: 501 })).toEqual([{ path: ["places"], code: "too_big" }]);
    expect(openWith({ places: 1.5 })).toEqual([{ path: ["places"], code: "invalid_type" }]);
  });

  it("refuses a period that ends before it starts, for either kind of schedule", () => {
    const path = ["schedule", "to"];
    expect(openWith({ schedule: { kind: "period", from: "2025-06-01", to: "2025-05-31" } })).toEqual([
      { path, code: "period_end_before_start" },
    ]);
    expect(openWith({ schedule: weekly({ to: "2025-05-31" }) })).toEqual([
      { path, code: "period_end_before_start" },
    ]);
  });

  it("requires a weekly post's end time after its start time", () => {
    const path = ["schedule", "endTime"];
    expect(openWith({ schedule: weekly({ endTime: "19:00" }) })).toEqual([
      { path, code: "end_time_not_after_start" },
    ]);
    expect(openWith({ schedule: weekly({ endTime: "08:00" }) })).toEqual([
      { path, code: "end_time_not_after_start" },
    ]);
  });

  it("requires weekdays from 1 to 7, at least one, each once", () => {
    expect(openWith({ schedule: weekly({ weekdays: [] }) })).toEqual([
      { path: ["schedule", "weekdays"], code: "too_small" },
    ]);
    expect(openWith({ schedule: weekly({ weekdays: [0, 8] }) })).toEqual([
      { path: ["schedule", "weekdays", 0], code: "too_small" },
      { path: ["schedule", "weekdays", 1], code: "too_big" },
    ]);
    expect(openWith({ schedule: weekly({ weekdays: [1, 3, 1] }) })).toEqual([
      { path: ["schedule", "weekdays", 2], code: "duplicate_weekday" },
    ]);
  });

  it("takes times as HH:MM on the 24-hour clock", () => {
    expect(openWith({ schedule: weekly({ startTime: "7:00", endTime: "24:00" }) })).toEqual([
      { path: ["schedule", "startTime"], code: "invalid_format" },
      { path: ["schedule", "endTime"], code: "invalid_format" },
    ]);
  });

  it("refuses an unknown schedule kind and an unknown key in the schedule", () => {
    expect(openWith({ schedule: { kind: "monthly", from: "2025-06-01" } }).map((i) => i.path)).toEqual([
      ["schedule", "kind"],
    ]);
    expect(openWith({ schedule: weekly({ weekday: 1 }) })).toEqual([
      { path: ["schedule"], code: "unrecognized_keys" },
    ]);
  });

  it("requires an area of at most 200 characters and defaults the description to empty", () => {
    expect(openWith({ area: " " })).toEqual([{ path: ["area"], code: "too_small" }]);
    expect(openWith({ area: "区".repeat(201) })).toEqual([{ path: ["area"], code: "too_big" }]);
    const { description: _d, ...bare } = openData();
    expect(OpenPostInput.parse(bare).description).toBe("");
  });

  it("leaves stored posts readable under the plain event schema", () => {
    const odd = { ...openData(), schedule: { kind: "period", from: "2025-06-01", to: "2025-05-01" } };
    expect(OpenPostInput.safeParse(odd).success).toBe(false);
    expect(postEventSchemas.PostOpened.safeParse(odd).success).toBe(true);
  });
});

describe("the other post inputs", () => {
  it("default reasons and notes to empty and let a claim leave out the team", () => {
    expect(ClosePostInput.parse({ postId: "p", closedOn: today }).reason).toBe("");
    expect(ReleaseClaimInput.parse({ postId: "p", claimId: "c" }).reason).toBe("");
    const { note: _n, ...bare } = recordDuty().data;
    expect(RecordDutyInput.parse(bare).note).toBe("");
    expect(ClaimPlaceInput.parse({ postId: "p", claimId: "c", personId: "li" })).toEqual({
      postId: "p",
      claimId: "c",
      personId: "li",
    });
  });

  it("requires check-out after check-in", () => {
    const duty = (checkIn: string, checkOut: string) =>
      issuesOf(RecordDutyInput.safeParse({ ...recordDuty().data, checkIn, checkOut }));
    expect(duty("08:00", "08:00")).toEqual([{ path: ["checkOut"], code: "check_out_not_after_check_in" }]);
    expect(duty("22:00", "06:00")).toEqual([{ path: ["checkOut"], code: "check_out_not_after_check_in" }]);
    expect(duty("08:00", "8:30")).toEqual([{ path: ["checkOut"], code: "invalid_format" }]);
  });

  it("refuses unknown keys", () => {
    expect(issuesOf(ClaimPlaceInput.safeParse({ ...claim().data, hours: 2 }))).toEqual([
      { path: [], code: "unrecognized_keys" },
    ]);
  });
});

describe("post events and command maps", () => {
  it("parses every event back into the same typed event", () => {
    const emitted = [
      ...postDecider.decide({ type: "OpenPost", data: openData() }, postDecider.initialState, {
        today,
        community: guangming,
      }),
      claimed(),
      claimed({ claimId: "c-self", teamId: undefined }),
      released(),
      dutyRecorded(),
      closed(),
    ];
    expect(emitted[0]).toEqual(opened());
    for (const event of emitted) {
      expect(PostEvent.parse(event)).toEqual(event);
      expect(postEventSchemas[event.type].parse(event.data)).toEqual(event.data);
    }
    expect(PostEvent.safeParse({ type: "PostMoved", data: {} }).success).toBe(false);
  });

  it("leaves the team out of a self-claim's event entirely", () => {
    const [event] = postDecider.decide(
      claim({ teamId: undefined }),
      postDecider.evolve(postDecider.initialState, opened()),
      { today, person: person("li") },
    );
    expect(event && Object.keys(event.data)).not.toContain("teamId");
  });

  it("maps every command type to its input schema", () => {
    expect(Object.keys(postCommandSchemas).sort()).toEqual([
      "ClaimPlace",
      "ClosePost",
      "OpenPost",
      "RecordDuty",
      "ReleaseClaim",
    ]);
  });
});
