import type { UnitState } from "../registry/decider.ts";
import type { DecideContext, Decider } from "../shared/decider.ts";
import { conflict, notFound, validationError } from "../shared/errors.ts";
import type { ConcludeEvaluation, EvaluationCommand, RecordEvaluationScore } from "./commands.ts";
import type { EvaluationConcluded, EvaluationEvent, EvaluationScoreRecorded } from "./events.ts";
import { evaluationResult } from "./result.ts";
import {
  type EvaluationState,
  evolveEvaluation,
  initialEvaluationState,
  missingEvaluators,
} from "./state.ts";

/**
 * RecordEvaluationScore also needs the folded state of the unit's stream (`unit-<unitId>`), loaded by
 * the handler; ConcludeEvaluation needs only today's date, so `unit` is optional.
 */
export type EvaluationDecideContext = DecideContext & { unit?: UnitState };

/** The stream is named by unit and year, so a state for another pair means the handler loaded the wrong one. */
const checkStream = (state: EvaluationState, { unitId, year }: { unitId: string; year: number }) => {
  if (state.status !== "none" && (state.unitId !== unitId || state.year !== year)) {
    throw new Error(`Evaluation state of ${state.unitId} ${state.year} passed for ${unitId} ${year}`);
  }
};

const concludedError = ({ unitId, year }: { unitId: string; year: number }) =>
  conflict("evaluation_concluded", `The ${year} evaluation of unit ${unitId} is already concluded.`);

const decideRecord = (
  { data }: RecordEvaluationScore,
  state: EvaluationState,
  context: EvaluationDecideContext,
): EvaluationScoreRecorded[] => {
  checkStream(state, data);
  // Missing context is a wiring bug in the handler, not a refusal the client could act on.
  if (context.unit === undefined)
    throw new Error("RecordEvaluationScore needs the unit's state in its context");
  const { unit } = context;
  if (unit.status !== "registered" || unit.unit.unitId !== data.unitId) {
    throw notFound("unit_not_found", `Unit ${data.unitId} is not registered.`, "unitId");
  }
  if (data.year > Number(context.today.slice(0, 4))) {
    throw validationError("year_in_future", "A year that has not begun cannot be evaluated.", "year");
  }
  if (state.status === "concluded") throw concludedError(data);
  if (state.status === "open" && state.scores[data.evaluator]) {
    throw conflict(
      "evaluator_already_scored",
      `The ${data.evaluator} evaluator has already scored this year.`,
      "evaluator",
    );
  }
  return [{ type: "EvaluationScoreRecorded", data: { ...data, communityId: unit.unit.communityId } }];
};

const decideConclude = (
  { data }: ConcludeEvaluation,
  state: EvaluationState,
  { today }: DecideContext,
): EvaluationConcluded[] => {
  checkStream(state, data);
  if (state.status === "concluded") throw concludedError(data);
  const { street, community, residents } = state.status === "open" ? state.scores : {};
  if (state.status === "none" || !street || !community || !residents) {
    throw conflict(
      "evaluation_incomplete",
      `The evaluation still needs a score from: ${missingEvaluators(state).join(", ")}.`,
    );
  }
  const scores = { street: street.score, community: community.score, residents: residents.score };
  const { unitId, year, communityId } = state;
  return [
    {
      type: "EvaluationConcluded",
      data: { unitId, communityId, year, scores, ...evaluationResult(scores), concludedOn: today },
    },
  ];
};

/** Rules of an `evaluation-<unitId>-<year>` stream: one score per evaluator, then a conclusion. */
export const evaluationDecider: Decider<
  EvaluationCommand,
  EvaluationEvent,
  EvaluationState,
  EvaluationDecideContext
> = {
  initialState: initialEvaluationState,
  decide(command, state, context) {
    switch (command.type) {
      case "RecordEvaluationScore":
        return decideRecord(command, state, context);
      case "ConcludeEvaluation":
        return decideConclude(command, state, context);
    }
  },
  evolve: evolveEvaluation,
};
