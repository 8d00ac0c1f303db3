import { updatableMap } from "../shared/fold-ownership.ts";
import type { PledgeEvent, PledgeMadeData } from "./events.ts";

/** A recorded fulfilment: waiting for staff, rejected, or the one the pledge was struck off with. */
export interface Fulfilment {
  doneOn: string;
  evidence: string;
  status: "pending" | "rejected" | "verified";
  reason?: string;
}

/** The pledge as made, plus where it stands. */
export type ExistingPledge = PledgeMadeData & {
  status: "open" | "struck_off" | "withdrawn";
  /** Every fulfilment recorded, in order; at most one is pending. A pledge's stream is short. */
  fulfilments: ReadonlyMap<string, Fulfilment>;
  /** The day it was struck off or withdrawn. */
  closedOn?: string;
  withdrawReason?: string;
};

/** The folded `pledge-<pledgeId>` stream. */
export type PledgeState = { status: "none" } | ExistingPledge;

export const initialPledgeState: PledgeState = { status: "none" };

/** The fulfilment waiting for staff, if any. */
export const pendingFulfilment = (
  state: ExistingPledge,
): ({ fulfilmentId: string } & Fulfilment) | undefined => {
  for (const [fulfilmentId, fulfilment] of state.fulfilments) {
    if (fulfilment.status === "pending") return { fulfilmentId, ...fulfilment };
  }
  return undefined;
};

const withFulfilment = (state: ExistingPledge, id: string, change: Partial<Fulfilment>): ExistingPledge => {
  const current = state.fulfilments.get(id);
  if (!current) return state;
  const fulfilments = updatableMap(state.fulfilments);
  fulfilments.set(id, { ...current, ...change });
  return { ...state, fulfilments };
};

/**
 * Folds one event into the state. Events that cannot follow the current status never reach here from a
 * stream written through `decide`; they are ignored rather than thrown so reading a stream never fails.
 */
export const evolvePledge = (state: PledgeState, event: PledgeEvent): PledgeState => {
  if (event.type === "PledgeMade") {
    return state.status === "none"
      ? { ...event.data, status: "open", fulfilments: updatableMap(undefined) }
      : state;
  }
  if (state.status === "none") return state;
  switch (event.type) {
    case "FulfilmentRecorded": {
      const { fulfilmentId, doneOn, evidence } = event.data;
      const fulfilments = updatableMap(state.fulfilments);
      fulfilments.set(fulfilmentId, { doneOn, evidence, status: "pending" });
      return { ...state, fulfilments };
    }
    case "FulfilmentRejected":
      return withFulfilment(state, event.data.fulfilmentId, {
        status: "rejected",
        reason: event.data.reason,
      });
    case "PledgeStruckOff":
      return {
        ...withFulfilment(state, event.data.fulfilmentId, { status: "verified" }),
        status: "struck_off",
        closedOn: event.data.verifiedOn,
      };
    case "PledgeWithdrawn":
      return {
        ...state,
        status: "withdrawn",
        closedOn: event.data.withdrawnOn,
        withdrawReason: event.data.reason,
      };
  }
};
