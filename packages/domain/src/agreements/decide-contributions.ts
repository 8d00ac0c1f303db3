import type { DecideContext } from "../shared/decider.ts";
import { conflict, notFound, validationError } from "../shared/errors.ts";
import { ensurePlausible } from "../shared/plausibility.ts";
import { addQuantities, compareQuantities, subtractQuantities } from "../shared/quantities.ts";
import type {
  ContributionCommand,
  CorrectContribution,
  DisputeContribution,
  LogContribution,
  VerifyContribution,
} from "./commands.ts";
import type { ContributionEvent } from "./contribution-state.ts";
import type { AgreementEvent, CommitmentReopened } from "./events.ts";
import {
  type AgreementState,
  type ContributionRecord,
  isSignedAgreement,
  type SignedAgreementState,
} from "./state.ts";

const agreementNotFound = (agreementId: string) =>
  notFound("agreement_not_found", `Agreement ${agreementId} does not exist.`);

/** The date rules a logged or corrected contribution must meet. */
const checkDate = (date: string, state: SignedAgreementState, today: string): void => {
  if (date > today) {
    throw validationError("date_in_future", "A contribution cannot be dated in the future.", "date");
  }
  const { termStart, termEnd } = state.agreement;
  if (date < termStart || date > termEnd) {
    throw validationError("date_outside_term", "The date falls outside the agreement's term.", "date");
  }
};

const targetOf = (state: SignedAgreementState, commitmentId: string): number =>
  state.agreement.commitments.find((c) => c.commitmentId === commitmentId)?.targetQuantity ?? 0;

/**
 * A digit too many or the wrong unit would go onto the public board at once: a quantity far beyond what
 * the commitment has left (twice the rest, or a quarter of the target once little is left) needs the
 * sender's confirmation. `replaced` is what an entry being corrected counted before.
 */
const ensureQuantityPlausible = (
  state: SignedAgreementState,
  commitmentId: string,
  quantity: number,
  replaced: number,
  confirmed: boolean | undefined,
): void => {
  const target = targetOf(state, commitmentId);
  const others = subtractQuantities(state.logged.get(commitmentId) ?? 0, replaced);
  const left = Math.max(0, subtractQuantities(target, others));
  ensurePlausible(
    quantity,
    Math.max(2 * left, target / 4, 1),
    confirmed,
    "quantity",
    "what the commitment has left",
  );
};

const decideLog = (
  { data }: LogContribution,
  state: AgreementState,
  { today }: DecideContext,
): ContributionEvent[] => {
  if (state.status === "none") throw agreementNotFound(data.agreementId);
  if (state.status !== "signed") {
    const why = state.status === "draft" ? "is not signed yet" : `is ${state.status}`;
    throw conflict("agreement_not_active", `Agreement ${data.agreementId} ${why}.`);
  }
  if (!state.logged.has(data.commitmentId)) {
    throw notFound(
      "commitment_not_found",
      `The agreement has no commitment ${data.commitmentId}.`,
      "commitmentId",
    );
  }
  // Checked before fulfilment, so a retried log is told it already counted.
  if (state.contributionIds.has(data.contributionId)) {
    throw conflict(
      "contribution_already_logged",
      `Contribution ${data.contributionId} is already logged.`,
      "contributionId",
    );
  }
  if (state.fulfilled.has(data.commitmentId)) {
    throw conflict(
      "commitment_already_fulfilled",
      `Commitment ${data.commitmentId} is already fulfilled.`,
      "commitmentId",
    );
  }
  checkDate(data.date, state, today);
  const { confirmed, ...logged } = data;
  ensureQuantityPlausible(state, data.commitmentId, data.quantity, 0, confirmed);
  const { communityId, unitId } = state.agreement;
  return [{ type: "ContributionLogged", data: { ...logged, communityId, unitId } }];
};

/**
 * The signed agreement and the contribution a verify, dispute or correct is about. Contributions stay
 * open to checking after the agreement ends: the year-end review comes after the term.
 */
const findContribution = (
  { agreementId, contributionId }: { agreementId: string; contributionId: string },
  state: AgreementState,
): { state: SignedAgreementState; record: ContributionRecord } => {
  if (state.status === "none") throw agreementNotFound(agreementId);
  const record = isSignedAgreement(state) ? state.contributions.get(contributionId) : undefined;
  if (!isSignedAgreement(state) || record === undefined) {
    throw notFound(
      "contribution_not_found",
      `The agreement has no contribution ${contributionId}.`,
      "contributionId",
    );
  }
  return { state, record };
};

/**
 * CommitmentReopened when taking `removed` out of a fulfilled commitment's verified total drops it below
 * the target; nothing otherwise.
 */
const reopenedBy = (
  state: SignedAgreementState,
  record: ContributionRecord,
  removed: number,
  { contributionId, reason }: { contributionId: string; reason: string },
  today: string,
): CommitmentReopened[] => {
  const { commitmentId } = record;
  if (!state.fulfilled.has(commitmentId)) return [];
  const verifiedQuantity = subtractQuantities(state.verified.get(commitmentId) ?? 0, removed);
  if (compareQuantities(verifiedQuantity, targetOf(state, commitmentId)) >= 0) return [];
  const { agreementId, communityId, unitId } = state.agreement;
  return [
    {
      type: "CommitmentReopened",
      data: {
        agreementId,
        communityId,
        unitId,
        commitmentId,
        reopenedOn: today,
        verifiedQuantity,
        contributionId,
        reason,
      },
    },
  ];
};

const decideVerify = (
  { data }: VerifyContribution,
  current: AgreementState,
  { today }: DecideContext,
): ContributionEvent[] => {
  const { state, record } = findContribution(data, current);
  if (record.verification === "verified") {
    throw conflict(
      "contribution_already_verified",
      `Contribution ${data.contributionId} is already verified.`,
    );
  }
  if (record.verification === "disputed") {
    throw conflict(
      "contribution_disputed",
      `Contribution ${data.contributionId} is disputed and must be corrected before it is verified.`,
    );
  }
  const { agreementId, communityId, unitId } = state.agreement;
  const { commitmentId, quantity } = record;
  const events: ContributionEvent[] = [
    {
      type: "ContributionVerified",
      data: { ...data, communityId, unitId, commitmentId, quantity, verifiedOn: today },
    },
  ];
  const verifiedQuantity = addQuantities(state.verified.get(commitmentId) ?? 0, quantity);
  const reached = compareQuantities(verifiedQuantity, targetOf(state, commitmentId)) >= 0;
  if (reached && !state.fulfilled.has(commitmentId)) {
    events.push({
      type: "CommitmentFulfilled",
      data: { agreementId, communityId, unitId, commitmentId, fulfilledOn: today, verifiedQuantity },
    });
  }
  return events;
};

const decideDispute = (
  { data }: DisputeContribution,
  current: AgreementState,
  { today }: DecideContext,
): ContributionEvent[] => {
  const { state, record } = findContribution(data, current);
  if (record.verification === "disputed") {
    throw conflict(
      "contribution_already_disputed",
      `Contribution ${data.contributionId} is already disputed.`,
    );
  }
  const { communityId, unitId } = state.agreement;
  const { commitmentId, quantity, verification } = record;
  const removed = verification === "verified" ? quantity : 0;
  return [
    {
      type: "ContributionDisputed",
      data: {
        ...data,
        communityId,
        unitId,
        commitmentId,
        quantity,
        previousVerification: verification,
        disputedOn: today,
      },
    },
    ...reopenedBy(state, record, removed, data, today),
  ];
};

/**
 * A correction only ever lowers the verified total (the contribution goes back to pending), so it may
 * reopen its commitment but never fulfil it.
 */
const decideCorrect = (
  { data }: CorrectContribution,
  current: AgreementState,
  { today }: DecideContext,
): ContributionEvent[] => {
  const { state, record } = findContribution(data, current);
  checkDate(data.date, state, today);
  const { communityId, unitId } = state.agreement;
  const { commitmentId, quantity, verification, participants } = record;
  // A correction is held to the same scale as a log: what the commitment has left without this entry.
  const { confirmed, ...correction } = data;
  ensureQuantityPlausible(state, commitmentId, data.quantity, quantity, confirmed);
  const removed = verification === "verified" ? quantity : 0;
  return [
    {
      type: "ContributionCorrected",
      data: {
        ...correction,
        communityId,
        unitId,
        commitmentId,
        previousQuantity: quantity,
        previousParticipants: participants,
        previousVerification: verification,
        correctedOn: today,
      },
    },
    ...reopenedBy(state, record, removed, data, today),
  ];
};

/** Decides the commands about contributions of an `agreement-…` stream. */
export const decideContribution = (
  command: ContributionCommand,
  state: AgreementState,
  context: DecideContext,
): AgreementEvent[] => {
  switch (command.type) {
    case "LogContribution":
      return decideLog(command, state, context);
    case "VerifyContribution":
      return decideVerify(command, state, context);
    case "DisputeContribution":
      return decideDispute(command, state, context);
    case "CorrectContribution":
      return decideCorrect(command, state, context);
  }
};
