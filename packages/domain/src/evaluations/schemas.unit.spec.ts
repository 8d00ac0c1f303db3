import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { conclude, concluded, record, recorded } from "../testing/evaluations-fixtures.ts";
import { ConcludeEvaluationInput, evaluationCommandSchemas, RecordEvaluationScoreInput } from "./commands.ts";
import { EvaluationEvent, evaluationEventSchemas } from "./events.ts";

const issuesOf = (result: z.ZodSafeParseResult<unknown>) =>
  (result.error?.issues ?? []).map((issue) => ({ path: issue.path, code: issue.code }));

describe("RecordEvaluationScoreInput", () => {
  it("defaults the comment to empty and trims it", () => {
    const { comment: _c, ...bare } = record().data;
    expect(RecordEvaluationScoreInput.parse(bare)).toEqual({ ...bare, comment: "" });
    expect(RecordEvaluationScoreInput.parse({ ...bare, comment: "  好 " }).comment).toBe("好");
  });

  it("takes a whole score from 0 to 100", () => {
    const score = (value: number) =>
      issuesOf(RecordEvaluationScoreInput.safeParse({ ...record().data, score: value }));
    for (const ok of [0, 60, 100]) expect(score(ok)).toEqual([]);
    expect(score(-1)).toEqual([{ path: ["score"], code: "too_small" }]);
    expect(score(101)).toEqual([{ path: ["score"], code: "too_big" }]);
    expect(score(85.5)).toEqual([{ path: ["score"], code: "invalid_type" }]);
  });

  it("takes only the three evaluators, a whole year and no unknown keys", () => {
    const body = { ...record().data, evaluator: "party", year: 2025.5, scorer: "王" };
    expect(issuesOf(RecordEvaluationScoreInput.safeParse(body))).toEqual([
      { path: ["year"], code: "invalid_type" },
      { path: ["evaluator"], code: "invalid_value" },
      { path: [], code: "unrecognized_keys" },
    ]);
  });

  it("refuses a year before 2000 as a typo, and a comment over 500 characters", () => {
    const body = { ...record().data, year: 205, comment: "c".repeat(501) };
    expect(issuesOf(RecordEvaluationScoreInput.safeParse(body))).toEqual([
      { path: ["year"], code: "too_small" },
      { path: ["comment"], code: "too_big" },
    ]);
  });
});

describe("ConcludeEvaluationInput", () => {
  it("takes the unit and the year, nothing else", () => {
    expect(ConcludeEvaluationInput.parse(conclude().data)).toEqual(conclude().data);
    expect(issuesOf(ConcludeEvaluationInput.safeParse({ ...conclude().data, result: "excellent" }))).toEqual([
      { path: [], code: "unrecognized_keys" },
    ]);
  });
});

describe("evaluation events and command maps", () => {
  it("parse every event back into the same typed event, each carrying communityId and unitId", () => {
    for (const event of [recorded(), concluded()]) {
      expect(EvaluationEvent.parse(event)).toEqual(event);
      expect(evaluationEventSchemas[event.type].parse(event.data)).toEqual(event.data);
      expect(event.data).toMatchObject({ communityId: "guangming", unitId: "school-1" });
    }
    expect(
      EvaluationEvent.safeParse({ ...concluded(), data: { ...concluded().data, result: "top" } }).success,
    ).toBe(false);
  });

  it("map every command type to its input schema", () => {
    expect(Object.keys(evaluationCommandSchemas).sort()).toEqual([
      "ConcludeEvaluation",
      "RecordEvaluationScore",
    ]);
  });
});
