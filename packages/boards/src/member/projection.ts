import { addQuantities, PersonEvent, PostEvent, TeamEvent } from "@cobuild/domain";
import { type Names, nameOf, nameOp } from "../names.ts";
import { type BoardProjection, type ProjectionMemory, typesOf } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import { MEMBER_RECORD, type MemberClaim, type MemberRecord, type MemberTeam } from "./board.ts";
import { hoursOps } from "./hours.ts";

type Relevant = PersonEvent | TeamEvent | PostEvent;

/**
 * What the member projection keeps for itself: the names of teams and posts a record shows, and each
 * team's current and previous leader, so an appointment reaches the record of the leader it replaces.
 * Never served.
 */
export type MemberMemory = Names<"teams" | "posts"> & {
  leaders: Record<string, { current: string; previous: string | null }>;
};

const memberMemory: ProjectionMemory<MemberMemory, Relevant> = {
  kind: "member-memory",
  keyFor: (event) => event.data.communityId,
  initial: () => ({ teams: {}, posts: {}, leaders: {} }),
  remember: (memory, event) => {
    switch (event.type) {
      case "TeamCreated":
        return [nameOp("teams", event.data.teamId, event.data.name)];
      case "PostOpened":
        return [nameOp("posts", event.data.postId, event.data.name)];
      case "LeaderAppointed": {
        const { teamId, personId } = event.data;
        const previous = own(memory.leaders, teamId)?.current ?? null;
        return [{ op: "set", path: ["leaders", teamId], value: { current: personId, previous } }];
      }
      default:
        return [];
    }
  },
};

const empty = (personId: string): MemberRecord => ({
  personId,
  communityId: "",
  name: "",
  kind: "resident_volunteer",
  partyCategory: null,
  employerUnitId: null,
  reportedOn: null,
  teams: {},
  hours: { approved: 0, pending: 0, byMonth: {} },
  recentEntries: [],
  claims: {},
  evaluations: {},
});

/**
 * The people whose record a new leader touches: the leader, and the one they replace (no one else can
 * hold the leader mark, as each appointment clears the one before).
 */
const leaderKeys = (memory: MemberMemory | undefined, teamId: string): string[] => {
  const leaders = memory ? own(memory.leaders, teamId) : undefined;
  if (!leaders) return [];
  return leaders.previous && leaders.previous !== leaders.current
    ? [leaders.current, leaders.previous]
    : [leaders.current];
};

const leaderOps = (board: MemberRecord, teamId: string, newLeader: string): BoardOp[] => {
  const team = own(board.teams, teamId);
  if (!team) return [];
  const leads = board.personId === newLeader;
  return team.leader === leads ? [] : [{ op: "set", path: ["teams", teamId, "leader"], value: leads }];
};

const opsFor = (board: MemberRecord, event: Relevant, memory: MemberMemory | undefined): BoardOp[] => {
  if (event.type === "PersonRegistered") {
    // The phone stays in the person's stream: this record is read by staff and employers' liaisons too.
    const { personId, communityId, name, kind, partyCategory, employerUnitId } = event.data;
    const identity = {
      personId,
      communityId,
      name,
      kind,
      partyCategory: partyCategory ?? null,
      employerUnitId: employerUnitId ?? null,
    };
    return Object.entries(identity).map(([field, value]): BoardOp => ({ op: "set", path: [field], value }));
  }
  // Anything about a person this record never saw registered is a stray reference.
  if (board.communityId === "") return [];
  switch (event.type) {
    case "MemberReportedIn":
      return [{ op: "set", path: ["reportedOn"], value: event.data.reportedOn }];
    case "MemberEvaluated": {
      const { year, grade, comment } = event.data;
      return [{ op: "set", path: ["evaluations", String(year)], value: { year, grade, comment } }];
    }
    case "MemberAdded": {
      const { teamId, joinedOn } = event.data;
      const team: MemberTeam = {
        teamId,
        name: nameOf(memory, "teams", teamId),
        joinedOn,
        leftOn: null,
        leader: false,
      };
      return [{ op: "set", path: ["teams", teamId], value: team }];
    }
    case "MemberRemoved": {
      const { teamId, removedOn } = event.data;
      if (!own(board.teams, teamId)) return [];
      return [
        { op: "set", path: ["teams", teamId, "leftOn"], value: removedOn },
        { op: "set", path: ["teams", teamId, "leader"], value: false },
      ];
    }
    case "LeaderAppointed":
      return leaderOps(board, event.data.teamId, event.data.personId);
    case "ServiceHoursLogged":
    case "ServiceHoursApproved":
    case "ServiceHoursRejected":
      return hoursOps(board, event);
    case "PlaceClaimed": {
      const { claimId, postId, teamId, claimedOn } = event.data;
      const claim: MemberClaim = {
        claimId,
        postId,
        postName: nameOf(memory, "posts", postId),
        teamId: teamId ?? null,
        claimedOn,
        releasedOn: null,
        duties: 0,
        dutyHours: 0,
      };
      return [{ op: "set", path: ["claims", claimId], value: claim }];
    }
    case "ClaimReleased":
      return own(board.claims, event.data.claimId)
        ? [{ op: "set", path: ["claims", event.data.claimId, "releasedOn"], value: event.data.releasedOn }]
        : [];
    case "DutyRecorded": {
      const claim = own(board.claims, event.data.claimId);
      if (!claim) return [];
      const dutyHours = addQuantities(claim.dutyHours, event.data.hours);
      return [
        { op: "set", path: ["claims", event.data.claimId, "duties"], value: claim.duties + 1 },
        { op: "set", path: ["claims", event.data.claimId, "dutyHours"], value: dutyHours },
      ];
    }
    default:
      return [];
  }
};

/** A person's own record: every event naming them, from their person, team and post streams. */
export const memberRecordProjection: BoardProjection<MemberRecord, Relevant, MemberMemory> = {
  kind: MEMBER_RECORD,
  handles: [...typesOf(PersonEvent.options), ...typesOf(TeamEvent.options), ...typesOf(PostEvent.options)],
  memory: memberMemory,
  keysFor: (event, memory) => {
    if (event.type === "LeaderAppointed") return leaderKeys(memory, event.data.teamId);
    return "personId" in event.data ? [event.data.personId] : [];
  },
  initial: empty,
  project: (board, event, memory) => opsFor(board, event, memory),
};
