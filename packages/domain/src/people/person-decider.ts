import type { CommunityState, UnitState } from "../registry/decider.ts";
import type { DecideContext, Decider } from "../shared/decider.ts";
import { conflict, notFound, validationError } from "../shared/errors.ts";
import type { EvaluateMember, PersonCommand, RegisterPerson, ReportIn } from "./person-commands.ts";
import type { MemberEvaluated, MemberReportedIn, PersonEvent, PersonRegistered } from "./person-events.ts";
import { evolvePerson, initialPersonState, isInServiceMember, type PersonState } from "./person-state.ts";

/**
 * RegisterPerson also needs the folded `community-<communityId>` stream and, when an employer is named,
 * the `unit-<employerUnitId>` stream, both loaded by the handler; the other commands need only today.
 */
export type PersonDecideContext = DecideContext & { community?: CommunityState; employer?: UnitState };

type RegisteredPerson = Extract<PersonState, { status: "registered" }>;

const registered = (state: PersonState, personId: string): RegisteredPerson => {
  if (state.status === "none") {
    throw notFound("person_not_found", `Person ${personId} is not registered.`);
  }
  return state;
};

const decideRegister = (
  { data }: RegisterPerson,
  state: PersonState,
  { community, employer }: PersonDecideContext,
): PersonRegistered[] => {
  if (state.status !== "none") {
    throw conflict("person_already_registered", `Person ${data.personId} is already registered.`);
  }
  // Missing context is a wiring bug in the handler, not a refusal the client could act on.
  if (community === undefined) throw new Error("RegisterPerson needs the community's state in its context");
  // A state for another id means the handler loaded the wrong stream: as far as this decision can
  // know, the named community or unit was never registered.
  if (community.status !== "registered" || community.community.communityId !== data.communityId) {
    throw notFound("community_not_found", `Community ${data.communityId} is not registered.`, "communityId");
  }
  if (data.employerUnitId !== undefined) {
    if (employer === undefined) throw new Error("RegisterPerson needs the employer's state in its context");
    // No community check: members often work for a unit in another community.
    if (employer.status !== "registered" || employer.unit.unitId !== data.employerUnitId) {
      throw notFound("unit_not_found", `Unit ${data.employerUnitId} is not registered.`, "employerUnitId");
    }
  }
  return [{ type: "PersonRegistered", data }];
};

const decideReportIn = (
  { data }: ReportIn,
  state: PersonState,
  { today }: DecideContext,
): MemberReportedIn[] => {
  const { person, reportedOn } = registered(state, data.personId);
  if (!isInServiceMember(person)) {
    throw conflict("not_in_service_member", `Person ${data.personId} is not an in-service party member.`);
  }
  if (reportedOn !== undefined) {
    throw conflict("already_reported_in", `Person ${data.personId} already reported in on ${reportedOn}.`);
  }
  if (data.reportedOn > today) {
    throw validationError("date_in_future", "The reporting-in date cannot be in the future.", "reportedOn");
  }
  return [{ type: "MemberReportedIn", data: { ...data, communityId: person.communityId } }];
};

const decideEvaluate = (
  { data }: EvaluateMember,
  state: PersonState,
  { today }: DecideContext,
): MemberEvaluated[] => {
  const { person, evaluations } = registered(state, data.personId);
  if (data.year > Number(today.slice(0, 4))) {
    throw validationError("year_in_future", "A year that has not started cannot be evaluated.", "year");
  }
  if (evaluations.has(data.year)) {
    throw conflict(
      "member_already_evaluated",
      `Person ${data.personId} is already evaluated for ${data.year}.`,
      "year",
    );
  }
  return [
    { type: "MemberEvaluated", data: { ...data, communityId: person.communityId, evaluatedOn: today } },
  ];
};

/** Rules of a `person-…` stream: register, report in (in-service members), yearly evaluations. */
export const personDecider: Decider<PersonCommand, PersonEvent, PersonState, PersonDecideContext> = {
  initialState: initialPersonState,
  decide(command, state, context) {
    switch (command.type) {
      case "RegisterPerson":
        return decideRegister(command, state, context);
      case "ReportIn":
        return decideReportIn(command, state, context);
      case "EvaluateMember":
        return decideEvaluate(command, state, context);
    }
  },
  evolve: evolvePerson,
};
