// Test-only fixtures for the evaluation specs: one school evaluated for 2025.

import type { ConcludeEvaluation, RecordEvaluationScore } from "../evaluations/commands.ts";
import type { EvaluationConcluded, EvaluationScoreRecorded, Evaluator } from "../evaluations/events.ts";
import type { UnitState } from "../registry/decider.ts";

export const today = "2025-12-20";

export const school: UnitState = {
  status: "registered",
  unit: {
    unitId: "school-1",
    communityId: "guangming",
    name: "光明小学",
    kind: "school",
    partyOrganisation: "光明小学党支部",
    inServiceMembers: 12,
  },
};

/** Each evaluator's score in the fixtures: a mean of 86.7, graded good. */
const scoreOf: Record<Evaluator, number> = { street: 88, community: 92, residents: 80 };

export const record = (
  evaluator: Evaluator = "street",
  overrides: Partial<RecordEvaluationScore["data"]> = {},
): RecordEvaluationScore => ({
  type: "RecordEvaluationScore",
  data: { unitId: "school-1", year: 2025, evaluator, score: scoreOf[evaluator], comment: "", ...overrides },
});

export const recorded = (
  evaluator: Evaluator = "street",
  overrides: Partial<EvaluationScoreRecorded["data"]> = {},
): EvaluationScoreRecorded => ({
  type: "EvaluationScoreRecorded",
  data: { ...record(evaluator).data, communityId: "guangming", ...overrides },
});

/** All three scores recorded. */
export const allScored = (): EvaluationScoreRecorded[] => [
  recorded("street"),
  recorded("community"),
  recorded("residents"),
];

export const conclude = (): ConcludeEvaluation => ({
  type: "ConcludeEvaluation",
  data: { unitId: "school-1", year: 2025 },
});

export const concluded = (overrides: Partial<EvaluationConcluded["data"]> = {}): EvaluationConcluded => ({
  type: "EvaluationConcluded",
  data: {
    unitId: "school-1",
    communityId: "guangming",
    year: 2025,
    scores: { ...scoreOf },
    total: 86.7,
    result: "good",
    concludedOn: today,
    ...overrides,
  },
});
