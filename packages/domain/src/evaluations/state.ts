import type { EvaluationEvent, EvaluationGrade, Evaluator } from "./events.ts";
import { evaluators } from "./events.ts";

/** One evaluator's score and remark. */
export interface EvaluatorScore {
  score: number;
  comment: string;
}

/** Whose evaluation it is: the ids the API authorises by, and the year. */
interface EvaluationSubject {
  unitId: string;
  communityId: string;
  year: number;
}

/**
 * The folded `evaluation-<unitId>-<year>` stream: nothing yet, open while scores come in, or concluded
 * with its mean and grade.
 */
export type EvaluationState =
  | { status: "none" }
  | ({ status: "open"; scores: Partial<Record<Evaluator, EvaluatorScore>> } & EvaluationSubject)
  | ({
      status: "concluded";
      scores: Record<Evaluator, EvaluatorScore>;
      /** The mean of the three scores, to one decimal. */
      total: number;
      result: EvaluationGrade;
      concludedOn: string;
    } & EvaluationSubject);

export const initialEvaluationState: EvaluationState = { status: "none" };

/** The evaluators who have not scored yet, in the order street, community, residents. */
export const missingEvaluators = (state: EvaluationState): Evaluator[] =>
  state.status === "none" ? [...evaluators] : evaluators.filter((evaluator) => !state.scores[evaluator]);

/**
 * Folds one event into the state. Events that cannot follow the current status never reach here from a
 * stream written through `decide`; they are ignored rather than thrown so reading a stream never fails.
 */
export const evolveEvaluation = (state: EvaluationState, event: EvaluationEvent): EvaluationState => {
  switch (event.type) {
    case "EvaluationScoreRecorded": {
      const { unitId, communityId, year, evaluator, score, comment } = event.data;
      if (state.status === "concluded") return state;
      const scores = state.status === "open" ? state.scores : {};
      if (scores[evaluator]) return state;
      return {
        status: "open",
        unitId,
        communityId,
        year,
        scores: { ...scores, [evaluator]: { score, comment } },
      };
    }
    case "EvaluationConcluded": {
      if (state.status !== "open") return state;
      const { street, community, residents } = state.scores;
      if (!street || !community || !residents) return state;
      const { total, result, concludedOn } = event.data;
      return {
        ...state,
        status: "concluded",
        scores: { street, community, residents },
        total,
        result,
        concludedOn,
      };
    }
  }
};
