import { evolveContributions } from "./contribution-state.ts";
import type {
  AgreementDraftedData,
  AgreementEvent,
  AgreementSignedData,
  AgreementTerminatedData,
  ContributionVerification,
} from "./events.ts";

/** Who signed and when. */
export type AgreementSignature = Pick<
  AgreementSignedData,
  "signedOn" | "communitySignatory" | "unitSignatory" | "meetingId"
>;

/** One contribution as it stands now: its latest values and where it is with the community. */
export interface ContributionRecord {
  commitmentId: string;
  quantity: number;
  date: string;
  participants: number;
  note: string;
  verification: ContributionVerification;
  /** Set while disputed: the reason given. */
  disputeReason?: string;
}

/** What a signed agreement holds, whether still active, terminated or expired. */
export interface SignedAgreementFields {
  agreement: AgreementDraftedData;
  signature: AgreementSignature;
  /**
   * Logged total per commitmentId: the current quantities of all contributions, whatever their
   * verification. A Map, because ids like "constructor" would collide on an object.
   */
  logged: ReadonlyMap<string, number>;
  /** Verified total per commitmentId: the current quantities of its verified contributions only. */
  verified: ReadonlyMap<string, number>;
  /** commitmentId → the day it was fulfilled (销号); absent while the commitment is open. */
  fulfilled: ReadonlyMap<string, string>;
  /** Every contributionId used in this agreement, so a retried log is refused, not counted twice. */
  contributionIds: ReadonlySet<string>;
  /** contributionId → the contribution as it stands. */
  contributions: ReadonlyMap<string, ContributionRecord>;
}

/** How an agreement ended early. */
export type AgreementTermination = Pick<AgreementTerminatedData, "terminatedOn" | "reason">;

/**
 * The folded `agreement-…` stream. Every status but "none" holds `agreement` (with communityId and
 * unitId, for the API's authorisation); signed, terminated and expired ones also hold the signature and
 * contributions.
 */
export type AgreementState =
  | { status: "none" }
  | { status: "draft"; agreement: AgreementDraftedData }
  | ({ status: "signed" } & SignedAgreementFields)
  | ({ status: "terminated"; termination: AgreementTermination } & SignedAgreementFields)
  | ({ status: "expired"; expiredOn: string } & SignedAgreementFields);

/** An agreement that was signed: active, terminated or expired. */
export type SignedAgreementState = Extract<AgreementState, SignedAgreementFields>;

export const initialAgreementState: AgreementState = { status: "none" };

/** True for an agreement that was signed at some point, so it holds a signature and contributions. */
export const isSignedAgreement = (state: AgreementState): state is SignedAgreementState =>
  state.status === "signed" || state.status === "terminated" || state.status === "expired";

/** True while contributions may be logged: signed, and neither terminated nor expired. */
export const isAgreementActive = (state: AgreementState): boolean => state.status === "signed";

/** True when the daily sweep should expire the agreement: still active and its term ended before today. */
export const isExpiryDue = (state: AgreementState, today: string): boolean =>
  state.status === "signed" && today > state.agreement.termEnd;

/** The commitment's logged total (0 before signing or for an unknown commitment). */
export const loggedTotal = (state: AgreementState, commitmentId: string): number =>
  isSignedAgreement(state) ? (state.logged.get(commitmentId) ?? 0) : 0;

/** The commitment's verified total (0 before signing or for an unknown commitment). */
export const verifiedTotal = (state: AgreementState, commitmentId: string): number =>
  isSignedAgreement(state) ? (state.verified.get(commitmentId) ?? 0) : 0;

/** True while the commitment stands fulfilled (践诺销号). */
export const isCommitmentFulfilled = (state: AgreementState, commitmentId: string): boolean =>
  isSignedAgreement(state) && state.fulfilled.has(commitmentId);

const signedFrom = (
  agreement: AgreementDraftedData,
  signature: AgreementSignature,
): { status: "signed" } & SignedAgreementFields => {
  const zeroes = () => new Map(agreement.commitments.map((commitment) => [commitment.commitmentId, 0]));
  return {
    status: "signed",
    agreement,
    signature,
    logged: zeroes(),
    verified: zeroes(),
    fulfilled: new Map(),
    contributionIds: new Set(),
    contributions: new Map(),
  };
};

/**
 * Folds one event into the state. Events that cannot follow the current status never reach here from a
 * stream written through `decide`; they are ignored rather than thrown so reading a stream never fails.
 */
export const evolveAgreement = (state: AgreementState, event: AgreementEvent): AgreementState => {
  switch (event.type) {
    case "AgreementDrafted":
      return { status: "draft", agreement: event.data };
    case "AgreementAmended":
      return state.status === "draft" ? { status: "draft", agreement: event.data } : state;
    case "AgreementSigned": {
      if (state.status !== "draft") return state;
      const { signedOn, communitySignatory, unitSignatory, meetingId } = event.data;
      const atMeeting = meetingId === undefined ? {} : { meetingId };
      return signedFrom(state.agreement, { signedOn, communitySignatory, unitSignatory, ...atMeeting });
    }
    case "AgreementTerminated": {
      if (state.status !== "signed") return state;
      const { terminatedOn, reason } = event.data;
      return { ...state, status: "terminated", termination: { terminatedOn, reason } };
    }
    case "AgreementExpired":
      return state.status === "signed"
        ? { ...state, status: "expired", expiredOn: event.data.expiredOn }
        : state;
    default:
      return isSignedAgreement(state) ? { ...state, ...evolveContributions(state, event) } : state;
  }
};
