import type { ClientToServerEvents, JoinResult, ServerToClientEvents } from "@cobuild/boards";
import type { StandaloneServer } from "@cobuild/standalone";
import { io, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accepted, type StreetServer, startStreetServer } from "../support/street-server.ts";

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A live board is watched only as long as the session that opened it: a logout, a password change or
 * reset, or a revoked role ends (or re-checks) the sockets concerned at once, not at their next join.
 */
describe("live sockets end with their sessions", () => {
  let street: StreetServer | undefined;
  let server: StandaloneServer;
  let admin: string;
  const sockets: ClientSocket[] = [];
  let accounts = 0;

  const call = (method: string, path: string, token: string, body?: unknown) =>
    accepted(server.url, method, path, token, body);
  const login = async (username: string, password: string) =>
    (
      (await (
        await fetch(`${server.url}/api/session`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ username, password }),
        })
      ).json()) as { token: string }
    ).token;
  /** A fresh liaison of the community's school, logged in. */
  const liaison = async () => {
    const username = `liaison-${++accounts}`;
    await call("POST", "/accounts", admin, {
      username,
      displayName: "联络员",
      password: "liaison-password-1",
      grants: [{ role: "unit_liaison", unitId: "gm-school" }],
    });
    return { username, token: await login(username, "liaison-password-1") };
  };
  /** A socket watching the community board, and a promise of its disconnection by the server. */
  const watching = async (token: string) => {
    const socket: ClientSocket = io(server.url, {
      transports: ["websocket"],
      forceNew: true,
      reconnection: false,
      auth: { token },
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", reject);
    });
    const joined = await new Promise<JoinResult>((resolve) =>
      socket.emit("board:join", { boardId: "community:gm" }, resolve),
    );
    expect(joined.ok).toBe(true);
    const ended = new Promise<string>((resolve) => socket.once("disconnect", resolve));
    return { socket, ended };
  };
  const reconnects = (socket: ClientSocket) =>
    new Promise<string>((resolve) => {
      socket.once("connect", () => resolve("connected"));
      socket.once("connect_error", (error) => resolve(error.message));
      socket.connect();
    });

  beforeAll(async () => {
    street = await startStreetServer("session-ends-password");
    server = street.server;
    admin = await login("admin", "session-ends-password");
    await call("POST", "/communities", admin, { communityId: "gm", streetId: "dongfeng", name: "光明社区" });
    await call("POST", "/communities/gm/units", admin, {
      unitId: "gm-school",
      name: "光明小学",
      kind: "school",
      partyOrganisation: "光明小学党支部",
      inServiceMembers: 10,
    });
    for (let i = 0; i < 100; i++) {
      const res = await fetch(`${server.url}/api/boards/community:gm`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      if (res.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await street?.close();
  });

  it("given a socket watching a board, when its session logs out, then the server ends it and it cannot come back", async () => {
    const { token } = await liaison();
    const { socket, ended } = await watching(token);
    await call("DELETE", "/session", token);
    expect(await ended).toBe("io server disconnect");
    expect(await reconnects(socket)).toBe("unauthenticated");
  });

  it("given a socket watching a board, when staff reset the account's password, then the server ends it", async () => {
    const { username, token } = await liaison();
    const { ended } = await watching(token);
    await call("PUT", `/accounts/${username}/password`, admin, { newPassword: "reset-by-admin-1" });
    expect(await ended).toBe("io server disconnect");
  });

  it("given two sessions of one account, when it changes its password in one, then only the other's socket ends", async () => {
    const { username, token } = await liaison();
    const other = await login(username, "liaison-password-1");
    const kept = await watching(token);
    const dropped = await watching(other);
    await call("PUT", "/session/password", token, {
      currentPassword: "liaison-password-1",
      newPassword: "changed-password-1",
    });
    expect(await dropped.ended).toBe("io server disconnect");
    expect(kept.socket.connected).toBe(true);
  });

  it("given a socket watching a board, when the role that allowed it is revoked, then the server ends it and the board is refused on return", async () => {
    const { username, token } = await liaison();
    const { socket, ended } = await watching(token);
    await call("POST", `/accounts/${username}/grants/revoke`, admin, {
      grant: { role: "unit_liaison", unitId: "gm-school" },
    });
    expect(await ended).toBe("io server disconnect");
    expect(await reconnects(socket)).toBe("connected");
    const again = await new Promise<JoinResult>((resolve) =>
      socket.emit("board:join", { boardId: "community:gm" }, resolve),
    );
    expect(again.ok ? "ok" : again.error.code).toBe("not_allowed");
  });
});
