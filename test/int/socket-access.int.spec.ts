import type { ClientToServerEvents, JoinResult, ServerToClientEvents } from "@cobuild/boards";
import type { StandaloneServer } from "@cobuild/standalone";
import { io, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accepted, type StreetServer, startStreetServer } from "../support/street-server.ts";

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Who may watch which board over the socket: the handshake needs the API's login, and every join is
 * checked against the policy. One server for the file: the tests only read.
 */
describe("socket access to boards", () => {
  let street: StreetServer | undefined;
  let server: StandaloneServer;
  const sockets: ClientSocket[] = [];
  const tokens: Record<string, string> = {};

  const call = (method: string, path: string, body?: unknown, token = tokens.admin) =>
    accepted(server.url, method, path, token, body);
  const login = async (username: string, password: string) =>
    (await call("POST", "/session", { username, password })).token as string;

  beforeAll(async () => {
    street = await startStreetServer("socket-test-password", {}, () => new Date("2025-06-15T04:00:00Z"));
    server = street.server;
    tokens.admin = await login("admin", "socket-test-password");
    for (const communityId of ["gm", "xh"]) {
      await call("POST", "/communities", { communityId, streetId: "dongfeng", name: `社区${communityId}` });
      await call("POST", `/communities/${communityId}/units`, {
        unitId: `${communityId}-school`,
        name: "学校",
        kind: "school",
        partyOrganisation: "学校党支部",
        inServiceMembers: 10,
      });
      await call("POST", `/communities/${communityId}/supermarket/items`, {
        itemId: "rice",
        name: "大米",
        category: "grain_oil",
        unitOfMeasure: "袋",
        minimumStock: 5,
      });
    }
    await call("POST", "/accounts", {
      username: "liaison-gm",
      displayName: "光明联络员",
      password: "liaison-password-1",
      grants: [{ role: "unit_liaison", unitId: "gm-school" }],
    });
    tokens.liaison = await login("liaison-gm", "liaison-password-1");
    // Every board above exists once the projector has caught up.
    await waitForBoard("supermarket:xh");
    await waitForBoard("supermarket:gm");
    await waitForBoard("unit:xh-school");
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await street?.close();
  });

  const waitForBoard = async (boardId: string) => {
    for (let i = 0; i < 100; i++) {
      const res = await fetch(`${server.url}/api/boards/${boardId}`, {
        headers: { authorization: `Bearer ${tokens.admin}` },
      });
      if (res.status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`board ${boardId} never appeared`);
  };

  const connect = (auth: Record<string, string>) => {
    const socket: ClientSocket = io(server.url, { transports: ["websocket"], forceNew: true, auth });
    sockets.push(socket);
    return socket;
  };
  const joined = (socket: ClientSocket, boardId: string) =>
    new Promise<JoinResult>((resolve) => socket.emit("board:join", { boardId }, resolve));
  const refusalOf = async (socket: ClientSocket, boardId: string) => {
    const result = await joined(socket, boardId);
    return result.ok ? "ok" : result.error.code;
  };

  it("given no session, when a client connects, then the handshake is refused as unauthenticated", async () => {
    const socket = connect({});
    const error = await new Promise<Error>((resolve) => socket.on("connect_error", resolve));
    expect(error.message).toBe("unauthenticated");
    expect(socket.connected).toBe(false);
  });

  it("given a made-up token, when a client connects, then the handshake is refused", async () => {
    const socket = connect({ token: "x".repeat(43) });
    const error = await new Promise<Error>((resolve) => socket.on("connect_error", resolve));
    expect(error.message).toBe("unauthenticated");
  });

  it("given a liaison of one community, when they join boards, then only their community's and public ones open", async () => {
    const socket = connect({ token: tokens.liaison ?? "" });
    expect(await refusalOf(socket, "community:gm")).toBe("ok");
    expect(await refusalOf(socket, "unit:gm-school")).toBe("ok");
    expect(await refusalOf(socket, "community:xh")).toBe("not_allowed");
    expect(await refusalOf(socket, "unit:xh-school")).toBe("not_allowed");
    expect(await refusalOf(socket, "street:dongfeng")).toBe("not_allowed");
    // The love supermarket's board is public inside its community; the catalogue (it names residents
    // in need) is never served.
    expect(await refusalOf(socket, "supermarket:gm")).toBe("ok");
    expect(await refusalOf(socket, "supermarket:xh")).toBe("not_allowed");
    expect(await refusalOf(socket, "catalogue:gm")).toBe("board_not_found");
    expect(await refusalOf(socket, "directory:all")).toBe("ok");
  });

  it("given the street admin, when they join the street's boards, then they open", async () => {
    const socket = connect({ token: tokens.admin ?? "" });
    expect(await refusalOf(socket, "street:dongfeng")).toBe("ok");
    expect(await refusalOf(socket, "community:xh")).toBe("ok");
    expect(await refusalOf(socket, "unit:xh-school")).toBe("ok");
  });

  it("given a connected client, when its session is logged out, then its next join is refused", async () => {
    const token = await login("liaison-gm", "liaison-password-1");
    const socket = connect({ token });
    expect(await refusalOf(socket, "community:gm")).toBe("ok");
    await call("DELETE", "/session", undefined, token);
    expect(await refusalOf(socket, "unit:gm-school")).toBe("unauthenticated");
  });

  it("given the same rules over HTTP, when a liaison reads another community's board, then it is 403, and the catalogue 404", async () => {
    const read = (boardId: string) =>
      fetch(`${server.url}/api/boards/${boardId}`, {
        headers: { authorization: `Bearer ${tokens.liaison}` },
      });
    expect((await read("community:gm")).status).toBe(200);
    expect((await read("community:xh")).status).toBe(403);
    expect((await read("catalogue:gm")).status).toBe(404);
  });
});
