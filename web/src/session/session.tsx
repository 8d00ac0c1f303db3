import type { Grant } from "@cobuild/domain";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { type ApiResult, deleteJson, getJson, postJson } from "../api.ts";
import { resetBoardSocket } from "../boards/socket.ts";
import { setCommunityTimeZone } from "../today.ts";

/** The logged-in person as the API describes them (GET /api/session). */
export interface User {
  username: string;
  displayName: string;
  grants: Grant[];
  /** The community's time zone: "today" in forms and figures is counted in it. */
  timeZone?: string;
  /** Staff reset the password: nothing but choosing a new one is allowed until then. */
  mustChangePassword?: boolean;
}

export type SessionState = { status: "loading" } | { status: "anonymous" } | { status: "user"; user: User };

interface Session {
  state: SessionState;
  login(username: string, password: string): Promise<ApiResult<User>>;
  logout(): Promise<void>;
  /** The user chose a new password: the reset no longer holds them back. */
  passwordChanged(): void;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Who is logged in. The session itself is an httpOnly cookie the page cannot read, so the API is asked
 * once on load and told on login and logout.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    void getJson<User>("/api/session").then((result) => {
      if (!live) return;
      if (result.ok) setCommunityTimeZone(result.data.timeZone);
      setState(result.ok ? { status: "user", user: result.data } : { status: "anonymous" });
    });
    return () => {
      live = false;
    };
  }, []);
  const login = useCallback(async (username: string, password: string) => {
    const result = await postJson<User>("/api/session", { username, password });
    if (result.ok) {
      setCommunityTimeZone(result.data.timeZone);
      setState({ status: "user", user: result.data });
      resetBoardSocket();
    }
    return result;
  }, []);
  const logout = useCallback(async () => {
    await deleteJson("/api/session");
    setState({ status: "anonymous" });
    resetBoardSocket();
  }, []);
  const passwordChanged = useCallback(() => {
    setState((current) =>
      current.status === "user"
        ? { status: "user", user: { ...current.user, mustChangePassword: false } }
        : current,
    );
  }, []);
  const value = useMemo(
    () => ({ state, login, logout, passwordChanged }),
    [state, login, logout, passwordChanged],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSession outside SessionProvider");
  return value;
}

/**
 * The units a user may log contributions for in a community: every unit for staff and street admins,
 * otherwise only the units they are liaison of.
 */
export function unitsAllowed(user: User, communityId: string, allUnitIds: readonly string[]): string[] {
  const everything = user.grants.some(
    (g) => g.role === "street_admin" || (g.role === "community_staff" && g.communityId === communityId),
  );
  if (everything) return [...allUnitIds];
  const own = new Set(user.grants.flatMap((g) => (g.role === "unit_liaison" ? [g.unitId] : [])));
  return allUnitIds.filter((id) => own.has(id));
}
