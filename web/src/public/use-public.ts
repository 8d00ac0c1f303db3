import { useEffect, useState } from "react";
import { getJson, type Problem } from "../api.ts";

export type PublicState<T> =
  | { status: "loading" }
  | { status: "ready"; data: T }
  | { status: "failed"; problem: Problem };

/** The public API's path for one community (and one of its sections). */
export const publicApiPath = (communityId: string, section?: string) =>
  `/api/public/communities/${encodeURIComponent(communityId)}${section ? `/${section}` : ""}`;

/** Reads one public answer once (the server lets the browser keep it for a minute). */
export function usePublic<T>(path: string): PublicState<T> {
  const [state, setState] = useState<PublicState<T>>({ status: "loading" });
  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    void getJson<T>(path).then((result) => {
      if (!current) return;
      setState(
        result.ok ? { status: "ready", data: result.data } : { status: "failed", problem: result.problem },
      );
    });
    return () => {
      current = false;
    };
  }, [path]);
  return state;
}
