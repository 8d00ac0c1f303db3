import { addQuantities } from "@cobuild/domain";
import type { CommunityBoard } from "../community/board.ts";

/**
 * The volunteer honour roll by team (志愿服务荣誉榜): each team's name, kind, size and approved hours in
 * the year, most hours first. It names teams, never their members: naming a volunteer needs their
 * consent, which cobuild does not record yet.
 */
export function publicTeamRoll(community: CommunityBoard, year: string) {
  const teams = Object.values(community.teams)
    .map((team) => ({
      teamId: team.teamId,
      name: team.name,
      category: team.category,
      members: team.members,
      hours: Object.entries(team.hoursByMonth)
        .filter(([month]) => month.startsWith(`${year}-`))
        .reduce((sum, [, hours]) => addQuantities(sum, hours), 0),
    }))
    .sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name, "zh"));
  return { year, teams };
}

export type PublicTeamRoll = ReturnType<typeof publicTeamRoll>;
