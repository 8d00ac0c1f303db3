/** Closed-loop HTTP load: N connections each logging one contribution after another for a fixed time. */
import { today } from "./agreements.ts";
import { now, quantile } from "./stats.ts";

/** How long one command may take before it counts as failed (a long stream can make it minutes). */
const REQUEST_TIMEOUT_MS = 120_000;

/** What a load run saw. */
export interface LoadResult {
  accepted: number;
  /** Answered with anything but 201. */
  refused: number;
  /** No answer within REQUEST_TIMEOUT_MS, or the connection failed. */
  failed: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/**
 * Logs contributions to one commitment from `connections` loops until `durationMs` has passed; requests
 * still running then are waited for, and the rate is over the whole time including that wait.
 */
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
  let failed = 0;
  const started = now();
  const end = started + durationMs;
  const loop = async (connection: number) => {
    for (let n = 0; now() < end; n++) {
      const sent = now();
      try {
        const res = await fetch(`${url}/api/agreements/${agreementId}/contributions`, {
          method: "POST",
          headers: { "Content-Type": "application/json", authorization },
          body: JSON.stringify({
            contributionId: `${idPrefix}-${connection}-${n}`,
            commitmentId,
            quantity: 1,
            date,
          }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        await res.arrayBuffer();
        if (res.status === 201) latencies.push(now() - sent);
        else refused++;
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, i) => loop(i)));
  const elapsed = now() - started;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    accepted: sorted.length,
    refused,
    failed,
    perSecond: sorted.length / (elapsed / 1000),
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
  };
}
