import { useEffect, useState } from "react";
import { getJson } from "../api.ts";

/** Someone who can be picked for a team: who they are, and a hint to tell namesakes apart. */
export interface Candidate {
  personId: string;
  name: string;
}

export interface People {
  loading: boolean;
  candidates: Candidate[];
  /**
   * True when the list is the community's whole register (staff may read it). A team leader may not, so
   * their list holds only people already on one of the community's teams.
   */
  complete: boolean;
}

interface PeopleList {
  people: { personId: string; name: string }[];
}
interface TeamList {
  teams: { teamId: string }[];
}
interface TeamDetail {
  members: { personId: string; name: string | null }[];
}

const byName = (a: Candidate, b: Candidate) =>
  a.name.localeCompare(b.name, "zh-CN") || a.personId.localeCompare(b.personId);

/** People of the community's teams, read team by team: what a leader's role lets them see. */
async function teamMembersOf(communityId: string): Promise<Candidate[]> {
  const list = await getJson<TeamList>(`/api/communities/${communityId}/teams`);
  if (!list.ok) return [];
  const teams = await Promise.all(list.data.teams.map((t) => getJson<TeamDetail>(`/api/teams/${t.teamId}`)));
  const found = new Map<string, Candidate>();
  for (const team of teams) {
    if (!team.ok) continue;
    for (const m of team.data.members) {
      found.set(m.personId, { personId: m.personId, name: m.name ?? m.personId });
    }
  }
  return [...found.values()];
}

/**
 * The people of a community one may pick: the whole register for staff, otherwise (the register is
 * staff-only) everyone on the community's teams. Read once per page; the roster itself comes live from the board.
 */
export function usePeople(communityId: string, staff: boolean): People {
  const [people, setPeople] = useState<People>({ loading: true, candidates: [], complete: false });
  useEffect(() => {
    if (!communityId) return;
    let live = true;
    void (async () => {
      // Only staff may read the register; anyone else would only be refused.
      const register = staff
        ? await getJson<PeopleList>(`/api/communities/${communityId}/people`)
        : undefined;
      const next: People = register?.ok
        ? { loading: false, candidates: register.data.people, complete: true }
        : { loading: false, candidates: await teamMembersOf(communityId), complete: false };
      if (live) setPeople({ ...next, candidates: [...next.candidates].sort(byName) });
    })();
    return () => {
      live = false;
    };
  }, [communityId, staff]);
  return people;
}
