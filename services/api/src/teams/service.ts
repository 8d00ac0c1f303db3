import {
  type Action,
  type AddMemberInput,
  type AppointLeaderInput,
  type ApproveServiceHoursInput,
  type CreateTeamInput,
  communityDecider,
  communityEvents,
  communityStream,
  type LogServiceHoursInput,
  notFound,
  personEvents,
  type RejectServiceHoursInput,
  type RemoveMemberInput,
  type ScopeRef,
  type TeamCommand,
  type TeamState,
  teamDecider,
  teamEvents,
  teamStream,
} from "@cobuild/domain";
import { loadState } from "../commands/load-state.ts";
import { eventReader } from "../commands/read-events.ts";
import { type CommandEnvelope, runCommand } from "../commands/run-command.ts";
import type { ServiceDeps } from "../commands/service-deps.ts";
import type { NameOf } from "./view.ts";

const readTeamEvent = eventReader(teamEvents);
const readCommunityEvent = eventReader(communityEvents);
const _readPersonEvent = eventReader(personEvents);

/**
 * What a team command acts on: the stored team's community and the team itself. A team that does not
 * exist yet is only ever acted on by CreateTeam, whose scope is the registered community it names.
 */
export function teamScope(teamId: string, state: TeamState): ScopeRef {
  if (state.status === "none") throw notFound("team_not_found", `Team ${teamId} does not exist.`);
  return { communityId: state.communityId, teamId };
}

/** Volunteer teams (志愿者服务队): rosters, leaders and service hours, independent of HTTP. */
export function teamService(deps: ServiceDeps) {
  const { team, personView: person } = deps.read;

  /** Runs a command on an existing team, authorised over the team's stored community and id. */
  const onTeam = (
    teamId: string,
    command: Exclude<TeamCommand, { type: "CreateTeam" }>,
    action: Action,
    envelope: CommandEnvelope,
    personId?: string,
  ) =>
    runCommand(
      deps,
      {
        streamId: teamStream(teamId),
        decider: teamDecider,
        command,
        toDomainEvent: readTeamEvent,
        // The key is set even when the person does not exist: the decider tells "missing" from "not loaded".
        loadContext: async (base) =>
          personId === undefined ? base : { ...base, person: await person(personId) },
        access: { action, scope: (state) => teamScope(teamId, state) },
      },
      envelope,
    );

  /** Each person's name, read from their own stream; null for an id never registered. */
  const namesOf = async (personIds: readonly string[]): Promise<NameOf> => {
    const names = new Map(
      await Promise.all(personIds.map(async (id) => [id, (await person(id))?.name ?? null] as const)),
    );
    return (personId) => names.get(personId) ?? null;
  };

  return {
    team,
    person,
    namesOf,
    /** The ids of a community's teams (teamId → name), from the catalogue board. */
    catalogue: async (communityId: string) => (await deps.catalogue(communityId)).teams,
    createTeam: (data: CreateTeamInput, envelope: CommandEnvelope) =>
      runCommand(
        deps,
        {
          streamId: teamStream(data.teamId),
          decider: teamDecider,
          command: { type: "CreateTeam", data },
          toDomainEvent: readTeamEvent,
          loadContext: async (base) => ({
            ...base,
            community: (
              await loadState(
                deps.store,
                communityStream(data.communityId),
                communityDecider,
                readCommunityEvent,
              )
            ).state,
          }),
          access: {
            action: "CreateTeam",
            // An existing team is authorised by where it is, so staff elsewhere learn nothing about it.
            scope: (state, { community }) => {
              if (state.status !== "none") return teamScope(data.teamId, state);
              if (community?.status !== "registered") {
                throw notFound(
                  "community_not_found",
                  `Community ${data.communityId} is not registered.`,
                  "communityId",
                );
              }
              return { communityId: community.community.communityId };
            },
          },
        },
        envelope,
      ),
    appointLeader: (data: AppointLeaderInput, envelope: CommandEnvelope) =>
      onTeam(data.teamId, { type: "AppointLeader", data }, "AppointLeader", envelope, data.personId),
    addMember: (data: AddMemberInput, envelope: CommandEnvelope) =>
      onTeam(data.teamId, { type: "AddMember", data }, "AddMember", envelope, data.personId),
    removeMember: (data: RemoveMemberInput, envelope: CommandEnvelope) =>
      onTeam(data.teamId, { type: "RemoveMember", data }, "RemoveMember", envelope),
    logHours: (data: LogServiceHoursInput, envelope: CommandEnvelope) =>
      onTeam(data.teamId, { type: "LogServiceHours", data }, "LogServiceHours", envelope),
    approveHours: (data: ApproveServiceHoursInput, envelope: CommandEnvelope) =>
      onTeam(data.teamId, { type: "ApproveServiceHours", data }, "ApproveServiceHours", envelope),
    rejectHours: (data: RejectServiceHoursInput, envelope: CommandEnvelope) =>
      onTeam(data.teamId, { type: "RejectServiceHours", data }, "RejectServiceHours", envelope),
  };
}
export type TeamsService = ReturnType<typeof teamService>;
