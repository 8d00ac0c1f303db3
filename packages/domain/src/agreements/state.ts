import { addQuantities } from "../shared/quantities.ts";
import type { AgreementDraftedData, AgreementEvent, AgreementSignedData } from "./events.ts";

/** Who signed and when. */
export type AgreementSignature = Pick<
  AgreementSignedData,
  "signedOn" | "communitySignatory" | "unitSignatory"
>;

export type AgreementState =
  | { status: "none" }
  | { status: "draft"; agreement: AgreementDraftedData }
  | {
      status: "signed";
      agreement: AgreementDraftedData;
      signature: AgreementSignature;
      /** Logged total per commitmentId. A Map, because ids like "constructor" would collide on an object. */
      logged: ReadonlyMap<string, number>;
      /** Every contributionId used in this agreement, so a retried log is refused, not counted twice. */
      contributionIds: ReadonlySet<string>;
    };

export const initialAgreementState: AgreementState = { status: "none" };

/**
 * Folds one event into the state. Events that cannot follow the current status never reach here from a
 * stream written through `decide`; they are ignored rather than thrown so reading a stream never fails.
 */
export const evolveAgreement = (state: AgreementState, event: AgreementEvent): AgreementState => {
  switch (event.type) {
    case "AgreementDrafted":
      return { status: "draft", agreement: event.data };
    case "AgreementSigned": {
      if (state.status !== "draft") return state;
      const { signedOn, communitySignatory, unitSignatory } = event.data;
      return {
        status: "signed",
        agreement: state.agreement,
        signature: { signedOn, communitySignatory, unitSignatory },
        logged: new Map(state.agreement.commitments.map((commitment) => [commitment.commitmentId, 0])),
        contributionIds: new Set(),
      };
    }
    case "ContributionLogged": {
      if (state.status !== "signed") return state;
      const { commitmentId, contributionId, quantity } = event.data;
      const logged = new Map(state.logged);
      logged.set(commitmentId, addQuantities(logged.get(commitmentId) ?? 0, quantity));
      return { ...state, logged, contributionIds: new Set(state.contributionIds).add(contributionId) };
    }
  }
};
