import type { BoardProjection } from "../projection.ts";
import type { BoardOp } from "../protocol/ops.ts";
import { agreementOps } from "./agreement-ops.ts";
import { COMMUNITY_BOARD, type CommunityBoard } from "./board.ts";
import { type ContributionMemory, contributionMemory } from "./contribution-memory.ts";
import { type CommunityBoardEvent, communityBoardEventTypes } from "./events.ts";
import { meetingOps } from "./meeting-ops.ts";
import { teamOps } from "./team-ops.ts";

const empty = (communityId: string): CommunityBoard => ({
  communityId,
  streetId: "",
  name: "",
  street: "",
  units: {},
  agreements: {},
  recentContributions: [],
  totals: { contributions: 0, participants: 0 },
  meetings: {},
  decisions: {},
  teams: {},
});

const opsFor = (
  board: CommunityBoard,
  event: CommunityBoardEvent,
  occurredAt: string,
  memory: ContributionMemory | undefined,
): BoardOp[] => {
  switch (event.type) {
    case "CommunityRegistered":
      return [
        { op: "set", path: ["name"], value: event.data.name },
        { op: "set", path: ["street"], value: event.data.street },
        { op: "set", path: ["streetId"], value: event.data.streetId },
      ];
    case "UnitRegistered": {
      const { unitId, name, kind, inServiceMembers } = event.data;
      const unit = { unitId, name, kind, inServiceMembers, contributions: 0 };
      return [{ op: "set", path: ["units", unitId], value: unit }];
    }
    case "MeetingScheduled":
    case "MeetingRescheduled":
    case "MeetingCancelled":
    case "AttendanceRecorded":
    case "DecisionRecorded":
    case "DecisionDone":
      return meetingOps(board, event);
    case "TeamCreated":
    case "MemberAdded":
    case "LeaderAppointed":
    case "MemberRemoved":
    case "ServiceHoursLogged":
    case "ServiceHoursApproved":
    case "ServiceHoursRejected":
      return teamOps(board, event);
    default:
      return agreementOps(board, event, occurredAt, memory);
  }
};

/**
 * The joint-meeting live board of one community: every registry, agreement, meeting and team fact of
 * the community lands on `community:<communityId>` (each carries its communityId, so routing needs no
 * lookup). It reads no other board: what a correction needs beyond the event it keeps in its memory.
 */
export const communityBoardProjection: BoardProjection<
  CommunityBoard,
  CommunityBoardEvent,
  ContributionMemory
> = {
  kind: COMMUNITY_BOARD,
  handles: communityBoardEventTypes,
  memory: contributionMemory,
  keysFor: (event) => [event.data.communityId],
  initial: empty,
  project: (board, event, memory) => opsFor(board, event, event.occurredAt, memory),
};
