import { describe, expect, it } from "vitest";
import { DomainError } from "../shared/errors.ts";
import {
  allScored,
  conclude,
  concluded,
  record,
  recorded,
  school,
  today,
} from "../testing/evaluations-fixtures.ts";
import { scenario } from "../testing/given.ts";
import { evaluationDecider } from "./decider.ts";
import { evaluationStream } from "./events.ts";

const given = scenario(evaluationDecider);

describe("evaluation stream", () => {
  it("is named by the unit and the year", () => {
    expect(evaluationStream("school-1", 2025)).toBe("evaluation-school-1-2025");
  });
});

describe("RecordEvaluationScore", () => {
  it("records the first score, copying the unit's community for projections", () => {
    given([])
      .when(record("street"), { today, unit: school })
      .thenEmits([recorded("street")]);
  });

  it("records each other evaluator's score once, with its comment", () => {
    given([recorded("street")])
      .when(record("residents", { comment: "居民满意" }), { today, unit: school })
      .thenEmits([recorded("residents", { comment: "居民满意" })]);
  });

  it("records a past year, and the current year before it ends", () => {
    given([])
      .when(record("street", { year: 2024 }), { today, unit: school })
      .thenEmits([recorded("street", { year: 2024 })]);
    given([])
      .when(record("street"), { today: "2025-01-01", unit: school })
      .thenEmits([recorded("street")]);
  });

  it("refuses a unit that is not registered", () => {
    given([])
      .when(record(), { today, unit: { status: "none" } })
      .thenRefuses({ kind: "not_found", code: "unit_not_found", field: "unitId" });
  });

  it("refuses when the unit state passed is another unit's", () => {
    given([])
      .when(record("street", { unitId: "hospital-1" }), { today, unit: school })
      .thenRefuses({ kind: "not_found", code: "unit_not_found", field: "unitId" });
  });

  it("given a year after today's, recording is refused with year_in_future", () => {
    given([])
      .when(record("street", { year: 2026 }), { today: "2025-12-31", unit: school })
      .thenRefuses({ kind: "validation", code: "year_in_future", field: "year" });
  });

  it("given a score from the same evaluator, recording another is refused with evaluator_already_scored", () => {
    given([recorded("community")])
      .when(record("community", { score: 95 }), { today, unit: school })
      .thenRefuses({ kind: "conflict", code: "evaluator_already_scored", field: "evaluator" });
  });

  it("given a concluded evaluation, recording is refused with evaluation_concluded", () => {
    given([...allScored(), concluded()])
      .when(record("street", { score: 100 }), { today, unit: school })
      .thenRefuses({ kind: "conflict", code: "evaluation_concluded" });
  });

  it("fails loudly, not as a refusal, when the handler forgot to load the unit", () => {
    const decide = () => evaluationDecider.decide(record(), evaluationDecider.initialState, { today });
    expect(decide).toThrow(Error);
    expect(decide).not.toThrow(DomainError);
  });

  it("fails loudly, not as a refusal, when the handler loaded another year's stream", () => {
    const state = evaluationDecider.evolve(
      evaluationDecider.initialState,
      recorded("street", { year: 2024 }),
    );
    const decide = () => evaluationDecider.decide(record("community"), state, { today, unit: school });
    expect(decide).toThrow(Error);
    expect(decide).not.toThrow(DomainError);
  });
});

describe("ConcludeEvaluation", () => {
  it("concludes with the three scores, their mean to one decimal and the grade", () => {
    given(allScored()).when(conclude(), { today }).thenEmits([concluded()]);
  });

  it("grades by the exact mean: 90 is excellent, 89.7 good, 75 good, 74.7 pass, 60 pass, 59.7 fail", () => {
    const cases = [
      [[90, 90, 90], 90, "excellent"],
      [[89, 90, 90], 89.7, "good"],
      [[75, 75, 75], 75, "good"],
      [[74, 75, 75], 74.7, "pass"],
      [[60, 60, 60], 60, "pass"],
      [[59, 60, 60], 59.7, "fail"],
      [[0, 0, 1], 0.3, "fail"],
      [[100, 100, 100], 100, "excellent"],
    ] as const;
    for (const [[street, community, residents], total, result] of cases) {
      given([
        recorded("street", { score: street }),
        recorded("community", { score: community }),
        recorded("residents", { score: residents }),
      ])
        .when(conclude(), { today })
        .thenEmits([concluded({ scores: { street, community, residents }, total, result })]);
    }
  });

  it("given a missing score, concluding is refused with evaluation_incomplete", () => {
    given([recorded("street"), recorded("residents")])
      .when(conclude(), { today })
      .thenRefuses({ kind: "conflict", code: "evaluation_incomplete" });
  });

  it("refuses an evaluation with no scores yet as incomplete", () => {
    given([]).when(conclude(), { today }).thenRefuses({ kind: "conflict", code: "evaluation_incomplete" });
  });

  it("given a concluded evaluation, concluding again is refused with evaluation_concluded", () => {
    given([...allScored(), concluded()])
      .when(conclude(), { today })
      .thenRefuses({ kind: "conflict", code: "evaluation_concluded" });
  });
});
