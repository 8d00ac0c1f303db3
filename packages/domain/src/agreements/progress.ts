/** Progress arithmetic shared by the decider, the boards and the web client, exact to hundredths. */
import { toHundredths } from "../shared/quantities.ts";

/** True when the logged quantity reaches the target. */
export const isFulfilled = (logged: number, target: number): boolean =>
  toHundredths(logged) >= toHundredths(target);

/**
 * How far a commitment is, from 0 to 1. Doing more than promised still counts as 1, so one over-fulfilled
 * commitment cannot hide another that is behind. A target of nothing is already met.
 */
export const commitmentProgress = (logged: number, target: number): number => {
  const goal = toHundredths(target);
  if (goal <= 0) return 1;
  return Math.min(1, Math.max(0, toHundredths(logged)) / goal);
};

/** An agreement's progress: the mean of its commitments' capped progress; 0 when it has none. */
export const agreementProgress = (commitments: readonly { logged: number; target: number }[]): number => {
  if (commitments.length === 0) return 0;
  const sum = commitments.reduce(
    (total, { logged, target }) => total + commitmentProgress(logged, target),
    0,
  );
  return sum / commitments.length;
};
