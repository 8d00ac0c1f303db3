import type { UnitState } from "../registry/decider.ts";
import { addMonths } from "../shared/dates.ts";
import type { DecideContext, Decider } from "../shared/decider.ts";
import { conflict, notFound, validationError } from "../shared/errors.ts";
import type { AgreementCommand, DraftAgreement, LogContribution, SignAgreement } from "./commands.ts";
import type { AgreementDrafted, AgreementEvent, AgreementSigned, ContributionLogged } from "./events.ts";
import { type AgreementState, evolveAgreement, initialAgreementState } from "./state.ts";

/**
 * DraftAgreement also needs the folded state of the unit's stream (`unit-<unitId>`), loaded by the
 * handler; the other commands need only today's date, so `unit` is optional.
 */
export type AgreementDecideContext = DecideContext & { unit?: UnitState };

const decideDraft = (
  { data }: DraftAgreement,
  state: AgreementState,
  context: AgreementDecideContext,
): AgreementDrafted[] => {
  if (state.status !== "none") {
    throw conflict("agreement_already_exists", `Agreement ${data.agreementId} already exists.`);
  }
  // Missing context is a wiring bug in the handler, not a refusal the client could act on.
  if (context.unit === undefined) throw new Error("DraftAgreement needs the unit's state in its context");
  const { unit } = context;
  if (unit.status !== "registered" || unit.unit.unitId !== data.unitId) {
    throw notFound("unit_not_found", `Unit ${data.unitId} is not registered.`, "unitId");
  }
  if (unit.unit.communityId !== data.communityId) {
    throw conflict(
      "unit_not_in_community",
      `Unit ${data.unitId} does not belong to community ${data.communityId}.`,
      "communityId",
    );
  }
  return [{ type: "AgreementDrafted", data }];
};

const decideSign = (
  { data }: SignAgreement,
  state: AgreementState,
  { today }: DecideContext,
): AgreementSigned[] => {
  if (state.status === "none") {
    throw notFound("agreement_not_found", `Agreement ${data.agreementId} does not exist.`);
  }
  if (state.status === "signed") {
    throw conflict("agreement_already_signed", `Agreement ${data.agreementId} is already signed.`);
  }
  if (data.signedOn > today) {
    throw validationError("date_in_future", "The signing date cannot be in the future.", "signedOn");
  }
  const { agreement } = state;
  if (data.signedOn > agreement.termEnd) {
    throw validationError(
      "term_already_over",
      "The agreement's term ended before this signing date.",
      "signedOn",
    );
  }
  if (data.signedOn < addMonths(agreement.termStart, -12)) {
    throw validationError(
      "signed_too_early",
      "An agreement is signed at most a year before its term starts.",
      "signedOn",
    );
  }
  const { communityId, unitId } = agreement;
  return [{ type: "AgreementSigned", data: { ...data, communityId, unitId } }];
};

const decideLog = (
  { data }: LogContribution,
  state: AgreementState,
  { today }: DecideContext,
): ContributionLogged[] => {
  if (state.status === "none") {
    throw notFound("agreement_not_found", `Agreement ${data.agreementId} does not exist.`);
  }
  if (state.status !== "signed") {
    throw conflict("agreement_not_active", `Agreement ${data.agreementId} is not signed yet.`);
  }
  if (!state.logged.has(data.commitmentId)) {
    throw notFound(
      "commitment_not_found",
      `The agreement has no commitment ${data.commitmentId}.`,
      "commitmentId",
    );
  }
  if (state.contributionIds.has(data.contributionId)) {
    throw conflict(
      "contribution_already_logged",
      `Contribution ${data.contributionId} is already logged.`,
      "contributionId",
    );
  }
  if (data.date > today) {
    throw validationError("date_in_future", "A contribution cannot be dated in the future.", "date");
  }
  const { termStart, termEnd, communityId, unitId } = state.agreement;
  if (data.date < termStart || data.date > termEnd) {
    throw validationError("date_outside_term", "The date falls outside the agreement's term.", "date");
  }
  return [{ type: "ContributionLogged", data: { ...data, communityId, unitId } }];
};

/** Rules of an `agreement-…` stream: draft, sign, then log contributions against commitments. */
export const agreementDecider: Decider<
  AgreementCommand,
  AgreementEvent,
  AgreementState,
  AgreementDecideContext
> = {
  initialState: initialAgreementState,
  decide(command, state, context) {
    switch (command.type) {
      case "DraftAgreement":
        return decideDraft(command, state, context);
      case "SignAgreement":
        return decideSign(command, state, context);
      case "LogContribution":
        return decideLog(command, state, context);
    }
  },
  evolve: evolveAgreement,
};
