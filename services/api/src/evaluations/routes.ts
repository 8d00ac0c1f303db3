import type { AccessControl } from "../access/access-control.ts";
import type { ApiRoute } from "../http/route.ts";
import type { EvaluationsService } from "./service.ts";

/** Evaluations over HTTP. (Being built.) */
export function evaluationRoutes(_service: EvaluationsService, _access: AccessControl): ApiRoute[] {
  return [];
}
