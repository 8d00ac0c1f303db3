import { addQuantities, type ServiceEntry, type TeamState } from "@cobuild/domain";

type CreatedTeam = Exclude<TeamState, { status: "none" }>;

/** Hours of service by status, exact to hundredths; rejected entries count for nothing. */
export interface HourTotals {
  approved: number;
  pending: number;
}

const totalOf = (entries: Iterable<ServiceEntry>): HourTotals => {
  const totals = { approved: 0, pending: 0 };
  for (const { status, hours } of entries) {
    if (status !== "rejected") totals[status] = addQuantities(totals[status], hours);
  }
  return totals;
};

const entriesBy = (team: CreatedTeam): Map<string, ServiceEntry[]> => {
  const byPerson = new Map<string, ServiceEntry[]>();
  for (const entry of team.entries.values()) {
    byPerson.set(entry.personId, [...(byPerson.get(entry.personId) ?? []), entry]);
  }
  return byPerson;
};

/** Names by personId, as each person's own stream records them; null for a person never registered. */
export type NameOf = (personId: string) => string | null;

/**
 * A team as the API shows it: its roster in joining order with each member's name and hours, its
 * leader, and every entry ever logged (also those of members who have since left), newest first.
 */
export function teamView(team: CreatedTeam, nameOf: NameOf) {
  const byPerson = entriesBy(team);
  const leader = team.leaderPersonId;
  return {
    teamId: team.teamId,
    communityId: team.communityId,
    category: team.category,
    name: team.name,
    description: team.description,
    leader: leader === undefined ? null : { personId: leader, name: nameOf(leader) },
    members: [...team.members.values()].map((member) => ({
      personId: member.personId,
      name: nameOf(member.personId),
      skills: member.skills,
      joinedOn: member.joinedOn,
      isLeader: member.personId === leader,
      hours: totalOf(byPerson.get(member.personId) ?? []),
    })),
    hours: totalOf(team.entries.values()),
    entries: [...team.entries.values()].sort(
      (a, b) => b.date.localeCompare(a.date) || a.entryId.localeCompare(b.entryId),
    ),
  };
}

/** One line of a community's team list: enough to choose a team, without reading every member. */
export function teamSummary(team: CreatedTeam, nameOf: NameOf) {
  const leader = team.leaderPersonId;
  return {
    teamId: team.teamId,
    communityId: team.communityId,
    category: team.category,
    name: team.name,
    description: team.description,
    leader: leader === undefined ? null : { personId: leader, name: nameOf(leader) },
    memberCount: team.members.size,
    hours: totalOf(team.entries.values()),
  };
}

/** The personIds whose names a view needs. */
export const peopleOf = (team: CreatedTeam): string[] => [
  ...new Set([...team.members.keys(), ...(team.leaderPersonId ? [team.leaderPersonId] : [])]),
];
