import { describe, expect, it } from "vitest";
import { fold } from "../shared/decider.ts";
import { allScored, concluded, recorded } from "../testing/evaluations-fixtures.ts";
import { evaluationDecider } from "./decider.ts";
import { evaluationResult } from "./result.ts";
import { missingEvaluators } from "./state.ts";

describe("evaluation evolve", () => {
  it("starts with nothing, then opens on the first score with the unit, its community and the year", () => {
    expect(fold(evaluationDecider, [])).toEqual({ status: "none" });
    expect(fold(evaluationDecider, [recorded("community", { comment: "积极" })])).toEqual({
      status: "open",
      unitId: "school-1",
      communityId: "guangming",
      year: 2025,
      scores: { community: { score: 92, comment: "积极" } },
    });
  });

  it("keeps each evaluator's first score and concludes with the result", () => {
    const state = fold(evaluationDecider, [...allScored(), recorded("street", { score: 1 }), concluded()]);
    expect(state).toEqual({
      status: "concluded",
      unitId: "school-1",
      communityId: "guangming",
      year: 2025,
      scores: {
        street: { score: 88, comment: "" },
        community: { score: 92, comment: "" },
        residents: { score: 80, comment: "" },
      },
      total: 86.7,
      result: "good",
      concludedOn: "2025-12-20",
    });
  });

  it("ignores a conclusion before every score is in, and scores after it", () => {
    const partial = fold(evaluationDecider, [recorded("street"), concluded()]);
    expect(partial.status).toBe("open");
    const done = fold(evaluationDecider, [...allScored(), concluded()]);
    expect(evaluationDecider.evolve(done, recorded("street", { score: 1 }))).toBe(done);
  });

  it("lists the evaluators still to score", () => {
    expect(missingEvaluators(fold(evaluationDecider, []))).toEqual(["street", "community", "residents"]);
    expect(missingEvaluators(fold(evaluationDecider, [recorded("community")]))).toEqual([
      "street",
      "residents",
    ]);
    expect(missingEvaluators(fold(evaluationDecider, allScored()))).toEqual([]);
  });
});

describe("evaluationResult", () => {
  it("rounds the mean to one decimal and never lets rounding lift the grade", () => {
    expect(evaluationResult({ street: 90, community: 90, residents: 89 })).toEqual({
      total: 89.7,
      result: "good",
    });
    expect(evaluationResult({ street: 91, community: 90, residents: 90 })).toEqual({
      total: 90.3,
      result: "excellent",
    });
    expect(evaluationResult({ street: 0, community: 0, residents: 0 })).toEqual({ total: 0, result: "fail" });
  });
});
