import {
  type ApproveResidentInput,
  type CommunityState,
  communityEvents,
  type EvaluateMemberInput,
  notFound,
  type PersonState,
  personDecider,
  personEvents,
  personStream,
  type RegisterPersonInput,
  type RegisterResidentInNeedInput,
  type ReportInInput,
  type ResidentState,
  type RevokeResidentApprovalInput,
  residentDecider,
  residentEvents,
  residentStream,
  type ScopeRef,
  unitEvents,
} from "@cobuild/domain";
import { eventReader } from "../commands/read-events.ts";
import { type CommandEnvelope, runCommand } from "../commands/run-command.ts";
import type { ServiceDeps } from "../commands/service-deps.ts";

const readPersonEvent = eventReader(personEvents);
const readResidentEvent = eventReader(residentEvents);
const _readCommunityEvent = eventReader(communityEvents);
const _readUnitEvent = eventReader(unitEvents);

/** What a person command or query acts on: the stored person's residential community and the person. */
export function personScope(personId: string, state: PersonState): ScopeRef {
  if (state.status === "none") throw notFound("person_not_found", `Person ${personId} is not registered.`);
  return { communityId: state.person.communityId, personId };
}

/** What a resident command or query acts on: the stored resident's community. */
export function residentScope(residentId: string, state: ResidentState): ScopeRef {
  if (state.status === "none") {
    throw notFound("resident_not_found", `Resident ${residentId} is not registered.`);
  }
  return { communityId: state.resident.communityId };
}

/**
 * The scope of a command that registers someone: the stored registration when the id is taken (the
 * decider then refuses it), otherwise the community the request names, once it is known to exist.
 */
const registrationScope = (
  stored: ScopeRef | undefined,
  communityId: string,
  community: CommunityState | undefined,
): ScopeRef => {
  if (stored) return stored;
  if (community?.status !== "registered") {
    throw notFound("community_not_found", `Community ${communityId} is not registered.`, "communityId");
  }
  return { communityId };
};

/** People (党员, 积极分子, 居民志愿者) and residents in need (困难居民): commands and queries, independent of HTTP. */
export function peopleService(deps: ServiceDeps) {
  const { person, resident } = deps.read;
  const community = async (communityId: string) => (await deps.read.community(communityId)).state;
  const unit = async (unitId: string) => (await deps.read.unit(unitId)).state;

  const onPerson = (
    personId: string,
    command:
      | { type: "ReportIn"; data: ReportInInput }
      | { type: "EvaluateMember"; data: EvaluateMemberInput },
    envelope: CommandEnvelope,
  ) =>
    runCommand(
      deps,
      {
        streamId: personStream(personId),
        decider: personDecider,
        command,
        toDomainEvent: readPersonEvent,
        access: { action: command.type, scope: (state) => personScope(personId, state) },
      },
      envelope,
    );

  const onResident = (
    residentId: string,
    command:
      | { type: "ApproveResident"; data: ApproveResidentInput }
      | { type: "RevokeResidentApproval"; data: RevokeResidentApprovalInput },
    envelope: CommandEnvelope,
  ) =>
    runCommand(
      deps,
      {
        streamId: residentStream(residentId),
        decider: residentDecider,
        command,
        toDomainEvent: readResidentEvent,
        access: { action: command.type, scope: (state) => residentScope(residentId, state) },
      },
      envelope,
    );

  return {
    person,
    resident,
    /** The ids of a community's people, from the catalogue projection. */
    personIds: async (communityId: string) => Object.keys((await deps.catalogue(communityId)).people),
    /** Every person of a community as id and name, from the catalogue projection. */
    personNames: async (communityId: string) =>
      Object.entries((await deps.catalogue(communityId)).people).map(([personId, name]) => ({
        personId,
        name,
      })),
    /** The ids of a community's residents in need, from the catalogue projection. */
    residentIds: async (communityId: string) => Object.keys((await deps.catalogue(communityId)).residents),

    registerPerson: (data: RegisterPersonInput, envelope: CommandEnvelope) =>
      runCommand(
        deps,
        {
          streamId: personStream(data.personId),
          decider: personDecider,
          command: { type: "RegisterPerson", data },
          toDomainEvent: readPersonEvent,
          // Both keys are always set: the decider tells "not registered" from "not loaded".
          loadContext: async (base) => ({
            ...base,
            community: await community(data.communityId),
            employer: data.employerUnitId === undefined ? undefined : await unit(data.employerUnitId),
          }),
          access: {
            action: "RegisterPerson",
            scope: (state, context) =>
              registrationScope(
                state.status === "none" ? undefined : personScope(data.personId, state),
                data.communityId,
                context.community,
              ),
          },
        },
        envelope,
      ),
    reportIn: (data: ReportInInput, envelope: CommandEnvelope) =>
      onPerson(data.personId, { type: "ReportIn", data }, envelope),
    evaluateMember: (data: EvaluateMemberInput, envelope: CommandEnvelope) =>
      onPerson(data.personId, { type: "EvaluateMember", data }, envelope),

    registerResident: (data: RegisterResidentInNeedInput, envelope: CommandEnvelope) =>
      runCommand(
        deps,
        {
          streamId: residentStream(data.residentId),
          decider: residentDecider,
          command: { type: "RegisterResidentInNeed", data },
          toDomainEvent: readResidentEvent,
          loadContext: async (base) => ({ ...base, community: await community(data.communityId) }),
          access: {
            action: "RegisterResidentInNeed",
            scope: (state, context) =>
              registrationScope(
                state.status === "none" ? undefined : residentScope(data.residentId, state),
                data.communityId,
                context.community,
              ),
          },
        },
        envelope,
      ),
    approveResident: (data: ApproveResidentInput, envelope: CommandEnvelope) =>
      onResident(data.residentId, { type: "ApproveResident", data }, envelope),
    revokeResidentApproval: (data: RevokeResidentApprovalInput, envelope: CommandEnvelope) =>
      onResident(data.residentId, { type: "RevokeResidentApproval", data }, envelope),
  };
}
export type PeopleService = ReturnType<typeof peopleService>;
