/** How an evaluation's three scores become its mean and grade, exactly. */
import type { EvaluationGrade, EvaluationScores } from "./events.ts";

/** The lowest mean of each grade, best first; anything lower fails (不合格). */
const gradeFloors: readonly (readonly [EvaluationGrade, number])[] = [
  ["excellent", 90],
  ["good", 75],
  ["pass", 60],
];

/**
 * The mean of the three scores to one decimal, and the grade it earns. The grade compares the exact sum
 * with three times each floor, so 89.67 (sum 269) is "good" although it shows as 89.7; the mean is a
 * third of a whole number, so rounding it never meets a tie.
 */
export const evaluationResult = (scores: EvaluationScores): { total: number; result: EvaluationGrade } => {
  const sum = scores.street + scores.community + scores.residents;
  const total = Math.round((sum * 10) / 3) / 10;
  const result = gradeFloors.find(([, floor]) => sum >= floor * 3)?.[0] ?? "fail";
  return { total, result };
};
