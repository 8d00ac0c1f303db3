import type { ServiceDeps } from "../commands/service-deps.ts";

/** Evaluations: commands and queries, independent of HTTP. (Being built.) */
export function evaluationService(_deps: ServiceDeps) {
  return {};
}
export type EvaluationsService = ReturnType<typeof evaluationService>;
