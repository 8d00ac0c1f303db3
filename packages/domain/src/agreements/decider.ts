import type { UnitState } from "../registry/decider.ts";
import { addMonths } from "../shared/dates.ts";
import type { DecideContext, Decider } from "../shared/decider.ts";
import { conflict, notFound, validationError } from "../shared/errors.ts";
import type { MeetingView } from "../shared/views.ts";
import type {
  AgreementCommand,
  AmendAgreement,
  DraftAgreement,
  ExpireAgreement,
  SignAgreement,
  TerminateAgreement,
} from "./commands.ts";
import { decideContribution } from "./decide-contributions.ts";
import type {
  AgreementAmended,
  AgreementDrafted,
  AgreementEvent,
  AgreementExpired,
  AgreementSigned,
  AgreementTerminated,
} from "./events.ts";
import { type AgreementState, evolveAgreement, initialAgreementState } from "./state.ts";

/**
 * DraftAgreement also needs the folded state of the unit's stream (`unit-<unitId>`), loaded by the
 * handler; the other commands need only today's date, so `unit` is optional.
 */
export type AgreementDecideContext = DecideContext & {
  unit?: UnitState;
  /** For a signing at a meeting: the meeting, or undefined when there is no such meeting. */
  meeting?: MeetingView | undefined;
};

const agreementNotFound = (agreementId: string) =>
  notFound("agreement_not_found", `Agreement ${agreementId} does not exist.`);

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

const decideAmend = ({ data }: AmendAgreement, state: AgreementState): AgreementAmended[] => {
  if (state.status === "none") throw agreementNotFound(data.agreementId);
  if (state.status !== "draft") {
    throw conflict("agreement_already_signed", `Agreement ${data.agreementId} is already signed.`);
  }
  const { communityId, unitId } = state.agreement;
  return [{ type: "AgreementAmended", data: { ...data, communityId, unitId } }];
};

const decideSign = (
  { data }: SignAgreement,
  state: AgreementState,
  context: AgreementDecideContext,
): AgreementSigned[] => {
  const { today } = context;
  if (state.status === "none") throw agreementNotFound(data.agreementId);
  if (state.status !== "draft") {
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
  if (data.meetingId !== undefined) checkSigningMeeting(data, agreement.communityId, context);
  const { communityId, unitId } = agreement;
  return [{ type: "AgreementSigned", data: { ...data, communityId, unitId } }];
};

/** Signed at a joint meeting: one of this community's, not cancelled, and signed on its day. */
const checkSigningMeeting = (
  data: SignAgreement["data"],
  communityId: string,
  context: AgreementDecideContext,
) => {
  // The key present with `undefined` means "no such meeting"; the key absent means it was never loaded.
  if (!("meeting" in context)) throw new Error("SignAgreement at a meeting needs the meeting's view");
  const { meeting } = context;
  if (meeting === undefined || meeting.meetingId !== data.meetingId || meeting.cancelled) {
    throw notFound("meeting_not_found", `No meeting ${data.meetingId} to sign at.`, "meetingId");
  }
  if (meeting.communityId !== communityId) {
    throw conflict("meeting_in_other_community", "The meeting belongs to another community.", "meetingId");
  }
  if (meeting.date !== data.signedOn) {
    throw validationError(
      "signed_on_not_meeting_date",
      "Signed at a meeting means signed on its date.",
      "signedOn",
    );
  }
};

/** Refuses unless the agreement is signed and neither terminated nor expired. */
const requireActive = (agreementId: string, state: AgreementState) => {
  if (state.status === "none") throw agreementNotFound(agreementId);
  if (state.status !== "signed") {
    const why = state.status === "draft" ? "is not signed yet" : `is already ${state.status}`;
    throw conflict("agreement_not_active", `Agreement ${agreementId} ${why}.`);
  }
  return state;
};

const decideTerminate = (
  { data }: TerminateAgreement,
  current: AgreementState,
  { today }: DecideContext,
): AgreementTerminated[] => {
  const state = requireActive(data.agreementId, current);
  if (data.terminatedOn > today) {
    throw validationError("date_in_future", "The termination date cannot be in the future.", "terminatedOn");
  }
  if (data.terminatedOn < state.signature.signedOn) {
    throw validationError(
      "terminated_before_signed",
      "An agreement cannot end before it was signed.",
      "terminatedOn",
    );
  }
  // After the last day the term is over by itself: that is an expiry, not a termination.
  if (data.terminatedOn > state.agreement.termEnd) {
    throw validationError("date_outside_term", "The termination date falls after the term.", "terminatedOn");
  }
  const { communityId, unitId } = state.agreement;
  return [{ type: "AgreementTerminated", data: { ...data, communityId, unitId } }];
};

const decideExpire = (
  { data }: ExpireAgreement,
  current: AgreementState,
  { today }: DecideContext,
): AgreementExpired[] => {
  const state = requireActive(data.agreementId, current);
  const { communityId, unitId, termEnd } = state.agreement;
  if (today <= termEnd) {
    throw conflict("term_not_over", `The term of agreement ${data.agreementId} runs until ${termEnd}.`);
  }
  return [{ type: "AgreementExpired", data: { ...data, communityId, unitId, expiredOn: termEnd } }];
};

/**
 * Rules of an `agreement-…` stream: draft (and amend), sign, log contributions against commitments,
 * verify, dispute or correct them, and end by termination or expiry.
 */
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
      case "AmendAgreement":
        return decideAmend(command, state);
      case "SignAgreement":
        return decideSign(command, state, context);
      case "TerminateAgreement":
        return decideTerminate(command, state, context);
      case "ExpireAgreement":
        return decideExpire(command, state, context);
      default:
        return decideContribution(command, state, context);
    }
  },
  evolve: evolveAgreement,
};
