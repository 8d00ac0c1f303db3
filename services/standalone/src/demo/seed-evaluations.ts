import type { CommandEnvelope, Services } from "@cobuild/api";
import { ConcludeEvaluationInput, RecordEvaluationScoreInput } from "@cobuild/domain";
import { GUANGMING_UNITS } from "./guangming.ts";
import { inParallel } from "./parallel.ts";

/** Last year's evaluation (评议) of every unit by the street, the community and residents, concluded. */
export async function seedEvaluations(services: Services, envelope: CommandEnvelope, today: string) {
  const year = Number(today.slice(0, 4)) - 1;
  await inParallel(GUANGMING_UNITS, 8, async (_unit, index) => {
    const unitId = `gm-u${String(index + 1).padStart(2, "0")}`;
    const base = 68 + ((index * 11) % 30);
    for (const [evaluator, offset] of [
      ["street", 0],
      ["community", 3],
      ["residents", -2],
    ] as const) {
      await services.evaluations.recordScore(
        RecordEvaluationScoreInput.parse({
          unitId,
          year,
          evaluator,
          score: Math.min(100, Math.max(0, base + offset)),
        }),
        envelope,
      );
    }
    await services.evaluations.conclude(ConcludeEvaluationInput.parse({ unitId, year }), envelope);
  });
}
