import { z } from "zod";
import type { DomainCommand } from "../shared/decider.ts";
import type { DataSchemaMap } from "../shared/messages.ts";
import { Id } from "../shared/schemas.ts";
import { EvaluationComment, EvaluationScore, EvaluationYear, Evaluator } from "./events.ts";

/** Body of RecordEvaluationScore; the comment may be left out. */
export const RecordEvaluationScoreInput = z.strictObject({
  unitId: Id,
  year: EvaluationYear,
  evaluator: Evaluator,
  score: EvaluationScore,
  comment: EvaluationComment.default(""),
});
/** The parsed body (comment defaulted); `z.input<typeof RecordEvaluationScoreInput>` is what a form sends. */
export type RecordEvaluationScoreInput = z.infer<typeof RecordEvaluationScoreInput>;

/** Body of ConcludeEvaluation. */
export const ConcludeEvaluationInput = z.strictObject({ unitId: Id, year: EvaluationYear });
export type ConcludeEvaluationInput = z.infer<typeof ConcludeEvaluationInput>;

export type RecordEvaluationScore = DomainCommand<"RecordEvaluationScore", RecordEvaluationScoreInput>;
export type ConcludeEvaluation = DomainCommand<"ConcludeEvaluation", ConcludeEvaluationInput>;
export type EvaluationCommand = RecordEvaluationScore | ConcludeEvaluation;

/** Evaluation command type → data schema, for the API to parse request bodies. */
export const evaluationCommandSchemas = {
  RecordEvaluationScore: RecordEvaluationScoreInput,
  ConcludeEvaluation: ConcludeEvaluationInput,
} satisfies DataSchemaMap<EvaluationCommand>;
