import { z } from "zod";
import { defineEvents, type EventOf, type EventsOf } from "../shared/event-registry.ts";
import { Id, LocalDate, plainText } from "../shared/schemas.ts";

/** Who scores a unit each year (评议): the street committee, the community, and the residents. */
export const evaluators = ["street", "community", "residents"] as const;
export const Evaluator = z.enum(evaluators);
export type Evaluator = z.infer<typeof Evaluator>;

/** The grade a concluded evaluation gives: 优秀, 良好, 合格, 不合格. */
export const evaluationGrades = ["excellent", "good", "pass", "fail"] as const;
export const EvaluationGrade = z.enum(evaluationGrades);
export type EvaluationGrade = z.infer<typeof EvaluationGrade>;

/** A calendar year of evaluation; the lower bound only catches typos. */
export const EvaluationYear = z.number().int().min(2000).max(9999);
/** One evaluator's score: a whole number from 0 to 100. */
export const EvaluationScore = z.number().int().min(0).max(100);
/** An evaluator's remark on the unit's year. */
export const EvaluationComment = plainText(500, { multiline: true });

/** The stream holding one unit's evaluation for one year. */
export const evaluationStream = (unitId: string, year: number): string => `evaluation-${unitId}-${year}`;

/** One evaluator scored a unit's year. */
export const EvaluationScoreRecordedData = z.object({
  unitId: Id,
  communityId: Id,
  year: EvaluationYear,
  evaluator: Evaluator,
  score: EvaluationScore,
  comment: EvaluationComment,
});
export type EvaluationScoreRecordedData = z.infer<typeof EvaluationScoreRecordedData>;

/** The three scores, one per evaluator. */
export const EvaluationScores = z.object({
  street: EvaluationScore,
  community: EvaluationScore,
  residents: EvaluationScore,
});
export type EvaluationScores = z.infer<typeof EvaluationScores>;

/** The evaluation was concluded: the scores, their mean and the grade it earns; nothing changes after. */
export const EvaluationConcludedData = z.object({
  unitId: Id,
  communityId: Id,
  year: EvaluationYear,
  scores: EvaluationScores,
  /** The mean of the three scores, to one decimal (e.g. 86.7). */
  total: z.number().min(0).max(100),
  result: EvaluationGrade,
  concludedOn: LocalDate,
});
export type EvaluationConcludedData = z.infer<typeof EvaluationConcludedData>;

/** Events of an `evaluation-…` stream, declared once: schema, current version, upcasters. */
export const evaluationEvents = defineEvents({
  EvaluationScoreRecorded: { schema: EvaluationScoreRecordedData },
  EvaluationConcluded: { schema: EvaluationConcludedData },
});

/** The same events as a `{ type, data }` union schema (current versions; no upcasting). */
export const EvaluationEvent = evaluationEvents.union;
export type EvaluationEvent = EventsOf<typeof evaluationEvents>;
export type EvaluationScoreRecorded = EventOf<typeof evaluationEvents, "EvaluationScoreRecorded">;
export type EvaluationConcluded = EventOf<typeof evaluationEvents, "EvaluationConcluded">;

/** Evaluation event type → current data schema. */
export const evaluationEventSchemas = evaluationEvents.schemas;
