import { addQuantities, PersonEvent, PostEvent, TeamEvent } from "@cobuild/domain";
import { z } from "zod";
import type { CatalogueBoard } from "../catalogue/projection.ts";
import type { BoardProjection, ProjectedEvent, ProjectionContext } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import type { TeamBoard } from "../team/board.ts";
import { MEMBER_RECORD, type MemberClaim, type MemberRecord, type MemberTeam } from "./board.ts";
import { hoursOps } from "./hours.ts";

const Relevant = z.discriminatedUnion("type", [
  ...PersonEvent.options,
  ...TeamEvent.options,
  ...PostEvent.options,
]);
type Relevant = z.infer<typeof Relevant>;

/** keysFor and project both ask about the same event object; parse it once. */
const parsedEvents = new WeakMap<ProjectedEvent, Relevant | null>();

/** Reads a stored event as one this board understands, or nothing (other contexts' events). */
const relevant = (event: ProjectedEvent): Relevant | undefined => {
  let parsed = parsedEvents.get(event);
  if (parsed === undefined) {
    const result = Relevant.safeParse({ type: event.type, data: event.data });
    parsed = result.success ? result.data : null;
    parsedEvents.set(event, parsed);
  }
  return parsed ?? undefined;
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

const labelOf = (context: ProjectionContext, communityId: string, kind: "teams" | "posts", id: string) => {
  const catalogue = context.board<CatalogueBoard>(`catalogue:${communityId}`);
  return (catalogue && own(catalogue[kind], id)) ?? id;
};

/**
 * The people whose record a new leader touches: the leader, and everyone on the roster, since one of them
 * led before (a leader is always on the roster). The roster is the same before and after this event, so
 * the team board may be projected before or after this one.
 */
const leaderKeys = (personId: string, teamId: string, context: ProjectionContext): string[] => {
  const roster = context.board<TeamBoard>(`team:${teamId}`)?.roster ?? {};
  return [...new Set([personId, ...Object.keys(roster)])];
};

const leaderOps = (board: MemberRecord, teamId: string, newLeader: string): BoardOp[] => {
  const team = own(board.teams, teamId);
  if (!team) return [];
  const leads = board.personId === newLeader;
  return team.leader === leads ? [] : [{ op: "set", path: ["teams", teamId, "leader"], value: leads }];
};

const opsFor = (board: MemberRecord, event: Relevant, context: ProjectionContext): BoardOp[] => {
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
      const { teamId, communityId, joinedOn } = event.data;
      const team: MemberTeam = {
        teamId,
        name: labelOf(context, communityId, "teams", teamId),
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
      const { claimId, postId, teamId, claimedOn, communityId } = event.data;
      const claim: MemberClaim = {
        claimId,
        postId,
        postName: labelOf(context, communityId, "posts", postId),
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
export const memberRecordProjection: BoardProjection<MemberRecord> = {
  kind: MEMBER_RECORD,
  keysFor: (event, context) => {
    const parsed = relevant(event);
    if (!parsed || !("personId" in parsed.data)) return [];
    if (parsed.type === "LeaderAppointed")
      return leaderKeys(parsed.data.personId, parsed.data.teamId, context);
    return [parsed.data.personId];
  },
  initial: empty,
  project: (board, event, context) => {
    const parsed = relevant(event);
    return parsed ? opsFor(board, parsed, context) : [];
  },
};
