/** Closed-loop HTTP load: N connections each logging one contribution after another for a fixed time. */
import { today } from "./agreements.ts";
import { now, quantile } from "./stats.ts";

/** What a load run saw. */
export interface LoadResult {
  accepted: number;
  refused: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** Logs contributions to one commitment from `connections` loops until `durationMs` has passed. */
export async function logContributions(options: {
  url: string;
  authorization: string;
  agreementId: string;
  commitmentId: string;
  connections: number;
  durationMs: number;
  idPrefix: string;
}): Promise<LoadResult> {
  const { url, authorization, agreementId, commitmentId, connections, durationMs, idPrefix } = options;
  const date = today();
  const latencies: number[] = [];
  let refused = 0;
  const started = now();
  const end = started + durationMs;
  const loop = async (connection: number) => {
    for (let n = 0; now() < end; n++) {
      const sent = now();
      const res = await fetch(`${url}/api/agreements/${agreementId}/contributions`, {
        method: "POST",
        headers: { "Content-Type": "application/json", authorization },
        body: JSON.stringify({
          contributionId: `${idPrefix}-${connection}-${n}`,
          commitmentId,
          quantity: 1,
          date,
        }),
      });
      await res.arrayBuffer();
      if (res.status === 201) latencies.push(now() - sent);
      else refused++;
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, i) => loop(i)));
  const elapsed = now() - started;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    accepted: sorted.length,
    refused,
    perSecond: sorted.length / (elapsed / 1000),
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
  };
}
