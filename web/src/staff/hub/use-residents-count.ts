import { useEffect, useState } from "react";
import { getJson } from "../../api.ts";

/**
 * How many residents in need the community has registered, and how many are approved. No board holds
 * residents (their names never go to a live board), so the API is asked once.
 */
export function useResidentsCount(communityId: string): { total: number; approved: number } | undefined {
  const [count, setCount] = useState<{ total: number; approved: number }>();
  useEffect(() => {
    let live = true;
    void getJson<{ residents: { approved: boolean }[] }>(
      `/api/communities/${encodeURIComponent(communityId)}/residents`,
    ).then((result) => {
      if (live && result.ok) {
        const { residents } = result.data;
        setCount({ total: residents.length, approved: residents.filter((r) => r.approved).length });
      }
    });
    return () => {
      live = false;
    };
  }, [communityId]);
  return count;
}
