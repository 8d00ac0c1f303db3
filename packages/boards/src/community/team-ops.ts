import { addQuantities, type TeamEvent } from "@cobuild/domain";
import { type BoardOp, own } from "../protocol/ops.ts";
import type { BoardTeamSummary, CommunityBoard } from "./board.ts";

/**
 * What a team fact does to the live board: roster size and approved hours by month. Hours logged but
 * not yet approved, or rejected, are the team's own business (team board), not the meeting's.
 */
export const teamOps = (board: CommunityBoard, event: TeamEvent): BoardOp[] => {
  switch (event.type) {
    case "TeamCreated": {
      const { teamId, name, category } = event.data;
      const team: BoardTeamSummary = { teamId, name, category, members: 0, hoursByMonth: {} };
      return [{ op: "set", path: ["teams", teamId], value: team }];
    }
    case "MemberAdded":
    case "MemberRemoved": {
      const team = own(board.teams, event.data.teamId);
      if (!team) return [];
      const members = event.type === "MemberAdded" ? team.members + 1 : Math.max(0, team.members - 1);
      return [{ op: "set", path: ["teams", team.teamId, "members"], value: members }];
    }
    case "ServiceHoursApproved": {
      const team = own(board.teams, event.data.teamId);
      if (!team) return [];
      // Hours count in the month they were served, not the month they were approved.
      const month = event.data.date.slice(0, 7);
      const hours = addQuantities(own(team.hoursByMonth, month) ?? 0, event.data.hours);
      return [{ op: "set", path: ["teams", team.teamId, "hoursByMonth", month], value: hours }];
    }
    case "LeaderAppointed":
    case "ServiceHoursLogged":
    case "ServiceHoursRejected":
      return [];
  }
};
