import { updatableMap, updatableSet } from "../shared/fold-ownership.ts";
import { addQuantities, subtractQuantities } from "../shared/quantities.ts";
import type { AgreementEvent } from "./events.ts";
import type { ContributionRecord, SignedAgreementFields } from "./state.ts";

/** The events that change a signed agreement's contributions and commitment totals. */
export type ContributionEvent = Extract<
  AgreementEvent,
  {
    type:
      | "ContributionLogged"
      | "ContributionVerified"
      | "ContributionDisputed"
      | "ContributionCorrected"
      | "CommitmentFulfilled"
      | "CommitmentReopened";
  }
>;

type Changes = Partial<SignedAgreementFields>;

/** A copy of `totals` with `delta` added exactly to one commitment's total. */
const adjust = (totals: ReadonlyMap<string, number>, commitmentId: string, delta: number) =>
  updatableMap(totals).set(commitmentId, addQuantities(totals.get(commitmentId) ?? 0, delta));

const withRecord = (state: SignedAgreementFields, contributionId: string, record: ContributionRecord) =>
  updatableMap(state.contributions).set(contributionId, record);

/**
 * The fields of a signed agreement that one contribution event changes. Totals follow the stored
 * contribution, not the event's copy of its quantity, and an event about an unknown contribution or one
 * in the wrong verification is ignored, like every event that cannot follow.
 */
export const evolveContributions = (state: SignedAgreementFields, event: ContributionEvent): Changes => {
  switch (event.type) {
    case "ContributionLogged": {
      const { contributionId, commitmentId, quantity, date, participants, note } = event.data;
      if (state.contributionIds.has(contributionId)) return {};
      const record: ContributionRecord = {
        commitmentId,
        quantity,
        date,
        participants,
        note,
        verification: "pending",
      };
      return {
        logged: adjust(state.logged, commitmentId, quantity),
        contributionIds: updatableSet(state.contributionIds).add(contributionId),
        contributions: withRecord(state, contributionId, record),
      };
    }
    case "ContributionVerified": {
      const record = state.contributions.get(event.data.contributionId);
      if (record?.verification !== "pending") return {};
      return {
        verified: adjust(state.verified, record.commitmentId, record.quantity),
        contributions: withRecord(state, event.data.contributionId, { ...record, verification: "verified" }),
      };
    }
    case "ContributionDisputed": {
      const record = state.contributions.get(event.data.contributionId);
      if (record === undefined || record.verification === "disputed") return {};
      const disputed: ContributionRecord = {
        ...record,
        verification: "disputed",
        disputeReason: event.data.reason,
      };
      const changes: Changes = { contributions: withRecord(state, event.data.contributionId, disputed) };
      if (record.verification === "verified") {
        changes.verified = adjust(state.verified, record.commitmentId, -record.quantity);
      }
      return changes;
    }
    case "ContributionCorrected": {
      const { contributionId, quantity, date, participants, note } = event.data;
      const record = state.contributions.get(contributionId);
      if (record === undefined) return {};
      const { commitmentId } = record;
      const corrected: ContributionRecord = {
        commitmentId,
        quantity,
        date,
        participants,
        note,
        verification: "pending",
      };
      const changes: Changes = {
        logged: adjust(state.logged, commitmentId, subtractQuantities(quantity, record.quantity)),
        contributions: withRecord(state, contributionId, corrected),
      };
      if (record.verification === "verified") {
        changes.verified = adjust(state.verified, commitmentId, -record.quantity);
      }
      return changes;
    }
    case "CommitmentFulfilled":
      return {
        fulfilled: updatableMap(state.fulfilled).set(event.data.commitmentId, event.data.fulfilledOn),
      };
    case "CommitmentReopened": {
      const fulfilled = updatableMap(state.fulfilled);
      fulfilled.delete(event.data.commitmentId);
      return { fulfilled };
    }
  }
};
