import { addQuantities, type TeamCategory } from "@cobuild/domain";
import type { CommunityBoard } from "../community/board.ts";
import { own } from "../protocol/ops.ts";

/** One team's approved hours in a month. */
export interface TeamHours {
  teamId: string;
  name: string;
  category: TeamCategory;
  hours: number;
}

/** Approved volunteer hours of `month` ("YYYY-MM") per team, every team listed, most hours first. */
export const hoursThisMonth = (board: CommunityBoard, month: string): TeamHours[] =>
  Object.values(board.teams)
    .map(({ teamId, name, category, hoursByMonth }) => ({
      teamId,
      name,
      category,
      hours: own(hoursByMonth, month) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.hours - a.hours || a.name.localeCompare(b.name, "zh-CN") || a.teamId.localeCompare(b.teamId),
    );

/** Approved volunteer hours of `month`, every team together, exact to hundredths. */
export const totalHoursThisMonth = (board: CommunityBoard, month: string): number =>
  hoursThisMonth(board, month).reduce((sum, team) => addQuantities(sum, team.hours), 0);
