import {
  addQuantities,
  type PersonRegistered,
  PostEvent,
  subtractQuantities,
  TeamEvent,
} from "@cobuild/domain";
import { type Names, nameOf, nameOp } from "../names.ts";
import { type BoardProjection, type ProjectionMemory, typesOf } from "../projection.ts";
import { type BoardOp, own } from "../protocol/ops.ts";
import { TEAM_BOARD, type TeamBoard } from "./board.ts";

type Relevant = TeamEvent | PostEvent | PersonRegistered;

/** The names a team board shows for members and the posts they hold, kept for itself; never served. */
export type TeamNames = Names<"people" | "posts">;

const teamNames: ProjectionMemory<TeamNames, Relevant> = {
  kind: "team-names",
  keyFor: (event) => event.data.communityId,
  initial: () => ({ people: {}, posts: {} }),
  remember: (_names, event) => {
    if (event.type === "PersonRegistered") return [nameOp("people", event.data.personId, event.data.name)];
    if (event.type === "PostOpened") return [nameOp("posts", event.data.postId, event.data.name)];
    return [];
  },
};

/** The team an event is about: every team event, and post claims a leader made for the team. */
const teamOf = (event: Relevant): string | undefined =>
  "teamId" in event.data ? event.data.teamId : undefined;

const empty = (teamId: string): TeamBoard => ({
  teamId,
  communityId: "",
  name: "",
  category: "custom",
  description: "",
  leaderId: null,
  roster: {},
  pending: {},
  hoursByMonth: {},
  claims: {},
});

/** Hours still waiting for a person: a member who left and rejoins finds their open entries again. */
const pendingHoursOf = (board: TeamBoard, personId: string): number =>
  Object.values(board.pending)
    .filter((entry) => entry.personId === personId)
    .reduce((sum, entry) => addQuantities(sum, entry.hours), 0);

/** Ops that settle a pending entry: it leaves `pending`, and its member's pending hours go down. */
const settle = (board: TeamBoard, entryId: string, approved: boolean): BoardOp[] => {
  const entry = own(board.pending, entryId);
  if (!entry) return [];
  const ops: BoardOp[] = [{ op: "unset", path: ["pending", entryId] }];
  const member = own(board.roster, entry.personId);
  if (member) {
    const path = ["roster", entry.personId];
    ops.push({
      op: "set",
      path: [...path, "pendingHours"],
      value: subtractQuantities(member.pendingHours, entry.hours),
    });
    if (approved) {
      ops.push({
        op: "set",
        path: [...path, "approvedHours"],
        value: addQuantities(member.approvedHours, entry.hours),
      });
    }
  }
  if (approved) {
    // The month served, not the month approved: a late approval still counts where the work was done.
    const month = entry.date.slice(0, 7);
    const total = own(board.hoursByMonth, month) ?? 0;
    ops.push({ op: "set", path: ["hoursByMonth", month], value: addQuantities(total, entry.hours) });
  }
  return ops;
};

const opsFor = (board: TeamBoard, event: Relevant, names: TeamNames | undefined): BoardOp[] => {
  if (event.type === "TeamCreated") {
    const { teamId, communityId, name, category, description } = event.data;
    const identity = { teamId, communityId, name, category, description };
    return Object.entries(identity).map(([field, value]): BoardOp => ({ op: "set", path: [field], value }));
  }
  // Anything about a team this board never saw created is a stray reference: leave the board alone.
  if (board.communityId === "") return [];
  switch (event.type) {
    case "MemberAdded": {
      const { personId, skills, joinedOn } = event.data;
      const member = {
        personId,
        name: nameOf(names, "people", personId),
        skills,
        joinedOn,
        approvedHours: 0,
        pendingHours: pendingHoursOf(board, personId),
      };
      return [{ op: "set", path: ["roster", personId], value: member }];
    }
    case "LeaderAppointed":
      return [{ op: "set", path: ["leaderId"], value: event.data.personId }];
    case "MemberRemoved":
      return own(board.roster, event.data.personId)
        ? [{ op: "unset", path: ["roster", event.data.personId] }]
        : [];
    case "ServiceHoursLogged": {
      const { entryId, personId, date, hours, activity } = event.data;
      if (own(board.pending, entryId)) return [];
      const member = own(board.roster, personId);
      const personName = member?.name ?? nameOf(names, "people", personId);
      const ops: BoardOp[] = [
        {
          op: "set",
          path: ["pending", entryId],
          value: { entryId, personId, personName, date, hours, activity },
        },
      ];
      if (member) {
        ops.push({
          op: "set",
          path: ["roster", personId, "pendingHours"],
          value: addQuantities(member.pendingHours, hours),
        });
      }
      return ops;
    }
    case "ServiceHoursApproved":
      return settle(board, event.data.entryId, true);
    case "ServiceHoursRejected":
      return settle(board, event.data.entryId, false);
    case "PlaceClaimed": {
      const { claimId, postId, personId, claimedOn } = event.data;
      const claim = {
        claimId,
        postId,
        postName: nameOf(names, "posts", postId),
        personId,
        personName: own(board.roster, personId)?.name ?? nameOf(names, "people", personId),
        claimedOn,
      };
      return [{ op: "set", path: ["claims", claimId], value: claim }];
    }
    case "ClaimReleased":
      return own(board.claims, event.data.claimId)
        ? [{ op: "unset", path: ["claims", event.data.claimId] }]
        : [];
    default:
      return [];
  }
};

/**
 * A volunteer team's board: its own stream's events, and the post claims its leader made for members
 * (those carry the teamId; a member's claim for themself does not touch the team).
 */
export const teamBoardProjection: BoardProjection<TeamBoard, Relevant, TeamNames> = {
  kind: TEAM_BOARD,
  handles: [...typesOf(TeamEvent.options), ...typesOf(PostEvent.options), "PersonRegistered"],
  memory: teamNames,
  keysFor: (event) => {
    const teamId = teamOf(event);
    return teamId ? [teamId] : [];
  },
  initial: empty,
  project: (board, event, names) => opsFor(board, event, names),
};
