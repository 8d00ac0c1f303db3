import type { ResidentCategory } from "@cobuild/domain";
import { useCallback, useEffect, useState } from "react";
import { getJson, type Problem } from "../api.ts";

/** A resident in need as the community list gives them: enough to serve them, nothing more personal. */
export interface ResidentSummary {
  residentId: string;
  name: string;
  category: ResidentCategory;
  householdSize: number;
  approved: boolean;
}

export interface ResidentsState {
  residents?: ResidentSummary[];
  problem?: Problem;
  reload(): void;
}

/**
 * The community's residents in need, from the API (they are on no board, being personal data). Read once
 * on opening and again after a change made here.
 */
export function useResidents(communityId: string): ResidentsState {
  const [residents, setResidents] = useState<ResidentSummary[]>();
  const [problem, setProblem] = useState<Problem>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void round;
    void getJson<{ residents: ResidentSummary[] }>(`/api/communities/${communityId}/residents`).then(
      (result) => {
        if (!live) return;
        if (result.ok) {
          setResidents(result.data.residents);
          setProblem(undefined);
        } else setProblem(result.problem);
      },
    );
    return () => {
      live = false;
    };
  }, [communityId, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { residents, problem, reload };
}

const squeezed = (text: string) => text.replace(/\s+/g, "").toLowerCase();

/** Whether a name contains what was typed, spaces and case ignored; nothing typed matches everyone. */
export const nameMatches = (name: string, query: string): boolean => squeezed(name).includes(squeezed(query));

/** Residents whose name contains the query, approved first, then by name; none for an empty query. */
export const matchResidents = (residents: readonly ResidentSummary[], query: string): ResidentSummary[] => {
  if (squeezed(query) === "") return [];
  return residents
    .filter((r) => nameMatches(r.name, query))
    .sort((a, b) => Number(b.approved) - Number(a.approved) || a.name.localeCompare(b.name, "zh-CN"));
};
