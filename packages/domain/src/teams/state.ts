import { updatableMap } from "../shared/fold-ownership.ts";
import type { TeamCategory, TeamEvent } from "./events.ts";

/** One person on the roster. */
export interface TeamMember {
  personId: string;
  skills: readonly string[];
  joinedOn: string;
}

/** Logged hours wait for staff: approved ones count toward a member's record, rejected ones do not. */
export type ServiceEntryStatus = "pending" | "approved" | "rejected";

/** One logged service entry (志愿服务时长). */
export interface ServiceEntry {
  entryId: string;
  personId: string;
  date: string;
  hours: number;
  activity: string;
  status: ServiceEntryStatus;
}

/** A volunteer team (志愿者服务队); `communityId` and `leaderPersonId` are what the API authorises by. */
export type TeamState =
  | { status: "none" }
  | {
      status: "created";
      teamId: string;
      communityId: string;
      category: TeamCategory;
      name: string;
      description: string;
      /** Undefined until a leader is appointed. */
      leaderPersonId: string | undefined;
      /** Current members by personId. Maps, because ids like "constructor" would collide on an object. */
      members: ReadonlyMap<string, TeamMember>;
      /** Every entry ever logged, by entryId, so a reused id is refused. */
      entries: ReadonlyMap<string, ServiceEntry>;
    };

export const initialTeamState: TeamState = { status: "none" };

/** What other contexts (posts) may know of a team: who leads it and who is on it. */
export interface TeamView {
  teamId: string;
  communityId: string;
  leaderPersonId: string | undefined;
  /** personIds of the current members. */
  members: ReadonlySet<string>;
}

/** The team as other contexts see it; undefined when the team does not exist. */
export const toTeamView = (state: TeamState): TeamView | undefined =>
  state.status === "none"
    ? undefined
    : {
        teamId: state.teamId,
        communityId: state.communityId,
        leaderPersonId: state.leaderPersonId,
        members: new Set(state.members.keys()),
      };

const settleEntry = (
  state: TeamState,
  entryId: string,
  status: Exclude<ServiceEntryStatus, "pending">,
): TeamState => {
  if (state.status !== "created") return state;
  const entry = state.entries.get(entryId);
  if (entry === undefined) return state;
  return { ...state, entries: updatableMap(state.entries).set(entryId, { ...entry, status }) };
};

/**
 * Folds one event into the state. Events that cannot follow the current state never reach here from a
 * stream written through `decide`; they are ignored rather than thrown so reading a stream never fails.
 */
export const evolveTeam = (state: TeamState, event: TeamEvent): TeamState => {
  if (event.type === "TeamCreated") {
    const { teamId, communityId, category, name, description } = event.data;
    return {
      status: "created",
      teamId,
      communityId,
      category,
      name,
      description,
      leaderPersonId: undefined,
      members: new Map(),
      entries: new Map(),
    };
  }
  if (state.status !== "created") return state;
  switch (event.type) {
    case "MemberAdded": {
      const { personId, skills, joinedOn } = event.data;
      return { ...state, members: updatableMap(state.members).set(personId, { personId, skills, joinedOn }) };
    }
    case "LeaderAppointed":
      return { ...state, leaderPersonId: event.data.personId };
    case "MemberRemoved": {
      const members = updatableMap(state.members);
      members.delete(event.data.personId);
      return { ...state, members };
    }
    case "ServiceHoursLogged": {
      const { entryId, personId, date, hours, activity } = event.data;
      const entry: ServiceEntry = { entryId, personId, date, hours, activity, status: "pending" };
      return { ...state, entries: updatableMap(state.entries).set(entryId, entry) };
    }
    case "ServiceHoursApproved":
      return settleEntry(state, event.data.entryId, "approved");
    case "ServiceHoursRejected":
      return settleEntry(state, event.data.entryId, "rejected");
  }
};
