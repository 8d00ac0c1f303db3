import {
  ConcludeEvaluationInput,
  EvaluationYear,
  Id,
  missingEvaluators,
  notFound,
  RecordEvaluationScoreInput,
} from "@cobuild/domain";
import { z } from "zod";
import type { AccessControl } from "../access/access-control.ts";
import { etagOf, sendCommandResult } from "../http/command-http.ts";
import { type ApiRoute, route } from "../http/route.ts";
import { type EvaluationsService, evaluationScope } from "./service.ts";

const Params = z.object({ unitId: Id, year: z.coerce.number().pipe(EvaluationYear) });

/** 评议: the street, the community and residents score each unit once a year; the street concludes. */
export function evaluationRoutes(evaluations: EvaluationsService, access: AccessControl): ApiRoute[] {
  const tag = "Evaluations";
  return [
    route({
      method: "post",
      path: "/units/:unitId/evaluations/:year/scores",
      tag,
      summary: "Record one evaluator's score (street, community or residents) for a unit's year",
      auth: "session",
      params: Params,
      body: RecordEvaluationScoreInput.omit({ unitId: true, year: true }),
      success: { status: 200, description: "Recorded" },
      async handle({ params, body, envelope, res }) {
        const result = await evaluations.recordScore({ ...body, ...params }, envelope);
        sendCommandResult(res, result, params);
      },
    }),
    route({
      method: "post",
      path: "/units/:unitId/evaluations/:year/conclusion",
      tag,
      summary: "Conclude a unit's yearly evaluation once all three scores are in: the mean and the grade",
      auth: "session",
      params: Params,
      body: ConcludeEvaluationInput.omit({ unitId: true, year: true }),
      success: { status: 200, description: "Concluded" },
      async handle({ params, envelope, res }) {
        sendCommandResult(res, await evaluations.conclude(params, envelope), params);
      },
    }),
    route({
      method: "get",
      path: "/units/:unitId/evaluations/:year",
      tag,
      summary: "A unit's evaluation for one year: the scores so far, who has yet to score, and the result",
      auth: "session",
      params: Params,
      success: { status: 200, description: "The evaluation" },
      async handle({ params: { unitId, year }, principal, res }) {
        const { state: unit } = await evaluations.unit(unitId);
        if (unit.status === "none") throw notFound("unit_not_found", `No unit ${unitId}.`);
        const { state, revision } = await evaluations.evaluation(unitId, year);
        await access.check(
          principal,
          "ReadEvaluation",
          evaluationScope(state, unitId, unit.unit.communityId),
        );
        res.setHeader("ETag", etagOf(revision)).json({
          unitId,
          year,
          status: state.status,
          scores: state.status === "none" ? {} : state.scores,
          missing: missingEvaluators(state),
          total: state.status === "concluded" ? state.total : null,
          result: state.status === "concluded" ? state.result : null,
        });
      },
    }),
  ];
}
