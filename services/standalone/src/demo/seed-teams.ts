import type { CommandEnvelope, Services } from "@cobuild/api";
import {
  AddMemberInput,
  AppointLeaderInput,
  ApproveServiceHoursInput,
  addDays,
  CreateTeamInput,
  LogServiceHoursInput,
} from "@cobuild/domain";
import { GUANGMING_TEAMS } from "./community-life.ts";
import { GUANGMING } from "./guangming.ts";
import { inParallel } from "./parallel.ts";
import type { DemoPerson } from "./seed-people.ts";

const ACTIVITIES = [
  "入户走访",
  "夜间巡逻",
  "政策宣传",
  "楼道清理",
  "为老人理发",
  "义诊咨询",
  "调解邻里纠纷",
  "维修家电",
];

/**
 * Fifteen teams of 380+ people; a person may serve in more than one. Each team logs service hours over
 * the past months; staff have approved most of them, the newest wait for approval.
 */
export async function seedTeams(
  services: Services,
  envelope: CommandEnvelope,
  people: readonly DemoPerson[],
  today: string,
): Promise<Map<string, string[]>> {
  const { communityId } = GUANGMING;
  const rosters = new Map<string, string[]>();
  let cursor = 0;
  for (const team of GUANGMING_TEAMS) {
    const roster: string[] = [];
    for (let k = 0; k < team.size; k++) {
      // Striding through everyone spreads each team over units and kinds of people.
      roster.push(people[(cursor + k * 7) % people.length]?.personId ?? "");
    }
    cursor += team.size;
    rosters.set(team.teamId, [...new Set(roster)]);
  }
  await inParallel(GUANGMING_TEAMS, 8, async (team) => {
    const roster = rosters.get(team.teamId) ?? [];
    const { teamId } = team;
    await services.teams.createTeam(
      CreateTeamInput.parse({ teamId, communityId, category: team.category, name: team.name }),
      envelope,
    );
    const [leader, ...members] = roster;
    if (leader)
      await services.teams.appointLeader(AppointLeaderInput.parse({ teamId, personId: leader }), envelope);
    for (const personId of members) {
      await services.teams.addMember(AddMemberInput.parse({ teamId, personId }), envelope);
    }
    for (let e = 0; e < 12; e++) {
      const personId = roster[(e * 5) % roster.length] ?? leader ?? "";
      const entryId = `${teamId}-h${e + 1}`;
      await services.teams.logHours(
        LogServiceHoursInput.parse({
          teamId,
          entryId,
          personId,
          date: addDays(today, -(3 + e * 9)),
          hours: [2, 1.5, 3, 4, 2.5][e % 5],
          activity: ACTIVITIES[(e + teamId.length) % ACTIVITIES.length],
        }),
        envelope,
      );
      if (e >= 2)
        await services.teams.approveHours(ApproveServiceHoursInput.parse({ teamId, entryId }), envelope);
    }
  });
  return rosters;
}
