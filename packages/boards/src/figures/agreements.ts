import { commitmentProgress as progressOf } from "@cobuild/domain";
import type { BoardAgreement, BoardCommitment, CommunityBoard } from "../community/board.ts";

/**
 * How far a commitment is by the work the community verified, from 0 to 1. Logged but unverified work
 * does not count, and doing more than promised counts as 1, so one overdone commitment cannot hide
 * another that is behind.
 */
export const commitmentProgress = (commitment: BoardCommitment): number =>
  progressOf(commitment.verified, commitment.targetQuantity);

/** Commitments counted, how many are struck off (销号), and their mean verified progress (0 to 1). */
export interface Fulfilment {
  commitments: number;
  struckOff: number;
  /** struckOff / commitments; 0 when there are none. */
  struckOffRate: number;
  /** Mean of commitmentProgress; 0 when there are none. */
  progress: number;
}

const fulfilmentOf = (commitments: readonly BoardCommitment[]): Fulfilment => {
  const struckOff = commitments.filter((commitment) => commitment.fulfilledOn !== null).length;
  const total = commitments.reduce((sum, commitment) => sum + commitmentProgress(commitment), 0);
  const count = commitments.length;
  return {
    commitments: count,
    struckOff,
    struckOffRate: count === 0 ? 0 : struckOff / count,
    progress: count === 0 ? 0 : total / count,
  };
};

/** One agreement's fulfilment. */
export const agreementFulfilment = (agreement: BoardAgreement): Fulfilment =>
  fulfilmentOf(Object.values(agreement.commitments));

/** The running agreements: signed, neither terminated nor expired. */
export const signedAgreements = (board: CommunityBoard): BoardAgreement[] =>
  Object.values(board.agreements).filter((agreement) => agreement.status === "signed");

/** The community's fulfilment over every commitment of its signed agreements, each commitment counting once. */
export const communityFulfilment = (board: CommunityBoard): Fulfilment =>
  fulfilmentOf(signedAgreements(board).flatMap((agreement) => Object.values(agreement.commitments)));
