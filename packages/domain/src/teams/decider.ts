import type { CommunityState } from "../registry/decider.ts";
import type { DecideContext, Decider } from "../shared/decider.ts";
import { conflict, notFound } from "../shared/errors.ts";
import type { PersonView } from "../shared/views.ts";
import type { AddMember, AppointLeader, CreateTeam, RemoveMember, TeamCommand } from "./commands.ts";
import type { LeaderAppointed, MemberAdded, MemberRemoved, TeamCreated, TeamEvent } from "./events.ts";
import { decideApproveHours, decideLogHours, decideRejectHours, existingTeam } from "./hours.ts";
import { evolveTeam, initialTeamState, type TeamState } from "./state.ts";

/**
 * What the handler loads from other streams: CreateTeam needs the community's state
 * (`community-<communityId>`); AppointLeader and AddMember need the person's view under `person`,
 * `undefined` meaning no such person. The other commands need only today's date.
 */
export type TeamDecideContext = DecideContext & {
  community?: CommunityState;
  person?: PersonView | undefined;
};

const decideCreate = ({ data }: CreateTeam, state: TeamState, context: TeamDecideContext): TeamCreated[] => {
  if (state.status !== "none") {
    throw conflict("team_already_exists", `Team ${data.teamId} already exists.`);
  }
  // Missing context is a wiring bug in the handler, not a refusal the client could act on.
  if (context.community === undefined) throw new Error("CreateTeam needs the community's state");
  const { community } = context;
  if (community.status !== "registered" || community.community.communityId !== data.communityId) {
    throw notFound("community_not_found", `Community ${data.communityId} is not registered.`, "communityId");
  }
  return [{ type: "TeamCreated", data }];
};

/** The named person's view, or person_not_found; a view of someone else means the wrong one was loaded. */
const existingPerson = (
  context: TeamDecideContext,
  personId: string,
  command: string,
  communityId: string,
): PersonView => {
  // The key present with `undefined` means "no such person"; the key absent means it was never loaded.
  if (!("person" in context)) throw new Error(`${command} needs the person's view`);
  const { person } = context;
  if (person === undefined || person.personId !== personId) {
    throw notFound("person_not_found", `Person ${personId} does not exist.`, "personId");
  }
  // A team serves its own community: its roster is read by that community's people.
  if (person.communityId !== communityId) {
    throw conflict("person_in_other_community", `Person ${personId} lives in another community.`, "personId");
  }
  return person;
};

const decideAppoint = (
  { data }: AppointLeader,
  state: TeamState,
  context: TeamDecideContext,
): (MemberAdded | LeaderAppointed)[] => {
  const team = existingTeam(state, data.teamId);
  const { personId } = existingPerson(context, data.personId, "AppointLeader", team.communityId);
  if (team.leaderPersonId === personId) {
    throw conflict("already_leader", `Person ${personId} already leads this team.`, "personId");
  }
  const { teamId, communityId } = team;
  const { today } = context;
  const appointed: LeaderAppointed = {
    type: "LeaderAppointed",
    data: { teamId, communityId, personId, appointedOn: today },
  };
  if (team.members.has(personId)) return [appointed];
  // A leader is always on the roster, so posts can treat "leader" and "member" alike.
  const joined: MemberAdded = {
    type: "MemberAdded",
    data: { teamId, communityId, personId, skills: [], joinedOn: today },
  };
  return [joined, appointed];
};

const decideAdd = ({ data }: AddMember, state: TeamState, context: TeamDecideContext): MemberAdded[] => {
  const team = existingTeam(state, data.teamId);
  const { personId } = existingPerson(context, data.personId, "AddMember", team.communityId);
  if (team.members.has(personId)) {
    throw conflict("already_member", `Person ${personId} is already a member of this team.`, "personId");
  }
  const { teamId, communityId } = team;
  return [
    {
      type: "MemberAdded",
      data: { teamId, communityId, personId, skills: data.skills, joinedOn: context.today },
    },
  ];
};

const decideRemove = (
  { data }: RemoveMember,
  state: TeamState,
  { today }: DecideContext,
): MemberRemoved[] => {
  const team = existingTeam(state, data.teamId);
  const { personId } = data;
  if (!team.members.has(personId)) {
    throw conflict("not_member", `Person ${personId} is not a member of this team.`, "personId");
  }
  if (team.leaderPersonId === personId) {
    throw conflict(
      "cannot_remove_leader",
      "The leader cannot leave the team; appoint another leader first.",
      "personId",
    );
  }
  const { teamId, communityId } = team;
  return [
    { type: "MemberRemoved", data: { teamId, communityId, personId, reason: data.reason, removedOn: today } },
  ];
};

/** Rules of a `team-…` stream: create, keep the roster and leader, log and decide on service hours. */
export const teamDecider: Decider<TeamCommand, TeamEvent, TeamState, TeamDecideContext> = {
  initialState: initialTeamState,
  decide(command, state, context) {
    switch (command.type) {
      case "CreateTeam":
        return decideCreate(command, state, context);
      case "AppointLeader":
        return decideAppoint(command, state, context);
      case "AddMember":
        return decideAdd(command, state, context);
      case "RemoveMember":
        return decideRemove(command, state, context);
      case "LogServiceHours":
        return decideLogHours(command, state, context);
      case "ApproveServiceHours":
        return decideApproveHours(command, state, context);
      case "RejectServiceHours":
        return decideRejectHours(command, state, context);
    }
  },
  evolve: evolveTeam,
};
