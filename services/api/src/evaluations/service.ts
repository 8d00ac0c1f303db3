import {
  type ConcludeEvaluationInput,
  type EvaluationState,
  evaluationDecider,
  evaluationEvents,
  evaluationStream,
  notFound,
  type RecordEvaluationScoreInput,
  type ScopeRef,
  unitEvents,
} from "@cobuild/domain";
import { loadState } from "../commands/load-state.ts";
import { eventReader } from "../commands/read-events.ts";
import { type CommandEnvelope, runCommand } from "../commands/run-command.ts";
import type { ServiceDeps } from "../commands/service-deps.ts";

const readEvaluationEvent = eventReader(evaluationEvents);
const _readUnitEvent = eventReader(unitEvents);

/** A unit's evaluation is read and written within the unit's own community. */
export const evaluationScope = (state: EvaluationState, unitId: string, communityId?: string): ScopeRef => {
  const community = state.status === "none" ? communityId : state.communityId;
  if (!community) throw notFound("unit_not_found", `Unit ${unitId} is not registered.`, "unitId");
  return { communityId: community, unitId };
};

/** The yearly evaluation of resident units (评议), independent of HTTP. */
export function evaluationService(deps: ServiceDeps) {
  const { unit } = deps.read;
  const evaluation = (unitId: string, year: number) =>
    loadState(deps.store, evaluationStream(unitId, year), evaluationDecider, readEvaluationEvent);

  return {
    evaluation,
    unit,
    recordScore: (data: RecordEvaluationScoreInput, envelope: CommandEnvelope) =>
      runCommand(
        deps,
        {
          streamId: evaluationStream(data.unitId, data.year),
          decider: evaluationDecider,
          command: { type: "RecordEvaluationScore", data },
          toDomainEvent: readEvaluationEvent,
          loadContext: async (base) => ({ ...base, unit: (await unit(data.unitId)).state }),
          access: {
            // The street scores as the street; staff enter the community's and the residents' scores.
            action: data.evaluator === "street" ? "RecordStreetEvaluationScore" : "RecordEvaluationScore",
            scope: (state, { unit: u }) =>
              evaluationScope(
                state,
                data.unitId,
                u?.status === "registered" ? u.unit.communityId : undefined,
              ),
          },
        },
        envelope,
      ),
    conclude: (data: ConcludeEvaluationInput, envelope: CommandEnvelope) =>
      runCommand(
        deps,
        {
          streamId: evaluationStream(data.unitId, data.year),
          decider: evaluationDecider,
          command: { type: "ConcludeEvaluation", data },
          toDomainEvent: readEvaluationEvent,
          loadContext: async (base) => ({ ...base, unit: (await unit(data.unitId)).state }),
          access: {
            action: "ConcludeEvaluation",
            scope: (state, { unit: u }) =>
              evaluationScope(
                state,
                data.unitId,
                u?.status === "registered" ? u.unit.communityId : undefined,
              ),
          },
        },
        envelope,
      ),
  };
}
export type EvaluationsService = ReturnType<typeof evaluationService>;
