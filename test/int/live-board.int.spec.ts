import {
  applyOps,
  type BoardDelta,
  type BoardSnapshot,
  type ClientToServerEvents,
  type CommunityBoard,
  type JoinResult,
  type ServerToClientEvents,
} from "@cobuild/boards";
import type { StandaloneServer } from "@cobuild/standalone";
import { io, type Socket } from "socket.io-client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type StreetServer, startStreetServer } from "../support/street-server.ts";

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The session token of the street admin the server was started with. */
let token = "";

const post = async (url: string, body: unknown) => {
  const res = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return res.json();
};

const join_ = (socket: ClientSocket, boardId: string) =>
  new Promise<JoinResult>((resolve) => socket.emit("board:join", { boardId }, resolve));

describe("live board over real sockets", () => {
  let street: StreetServer;
  let server: StandaloneServer;
  let sockets: ClientSocket[];

  beforeEach(async () => {
    street = await startStreetServer("int-test-password", {}, () => new Date("2025-06-15T04:00:00Z"));
    server = street.server;
    sockets = [];
    ({ token } = await post(`${server.url}/api/session`, {
      username: "admin",
      password: "int-test-password",
    }));
    await post(`${server.url}/api/communities`, {
      communityId: "gm",
      streetId: "dongfeng",
      name: "光明社区",
    });
  });
  afterEach(async () => {
    for (const s of sockets) s.disconnect();
    await street.close();
  });

  const connect = () => {
    const socket: ClientSocket = io(server.url, {
      transports: ["websocket"],
      forceNew: true,
      auth: { token },
    });
    sockets.push(socket);
    return socket;
  };

  const setUpAgreement = async () => {
    await post(`${server.url}/api/communities/gm/units`, {
      unitId: "u1",
      name: "光明小学",
      kind: "school",
      partyOrganisation: "光明小学党支部",
      inServiceMembers: 10,
    });
    await post(`${server.url}/api/agreements`, {
      agreementId: "a1",
      communityId: "gm",
      unitId: "u1",
      title: "2025 协议",
      termStart: "2025-01-01",
      termEnd: "2025-12-31",
      commitments: [
        {
          commitmentId: "c1",
          category: "environment",
          description: "植树",
          targetQuantity: 200,
          unitOfMeasure: "棵",
          dueDate: "2025-12-31",
        },
      ],
    });
    await post(`${server.url}/api/agreements/a1/signature`, {
      signedOn: "2025-01-10",
      communitySignatory: "王书记",
      unitSignatory: "李校长",
    });
  };

  /** The board as served once the projector has caught up with what the test did (polled, never slept). */
  const projectedBoard = (done: (data: CommunityBoard) => boolean) =>
    vi.waitFor(
      async () => {
        const response = await fetch(`${server.url}/api/boards/community:gm`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const snapshot = (await response.json()) as BoardSnapshot<CommunityBoard>;
        if (!done(snapshot.data)) throw new Error(`board at version ${snapshot.version} not caught up yet`);
        return snapshot;
      },
      { timeout: 10_000, interval: 20 },
    );

  it("given a client on a board, when commands are accepted, then ordered deltas rebuild exactly the server's snapshot", async () => {
    const socket = connect();
    const joined = await join_(socket, "community:gm");
    if (!joined.ok) throw new Error(joined.error.message);
    let board = joined.snapshot as BoardSnapshot<CommunityBoard>;
    /** Each delta as [the version it applies to, the version it makes]: bursts arrive merged. */
    const steps: [number, number][] = [];
    socket.on("board:delta", (delta: BoardDelta) => {
      steps.push([delta.from ?? delta.version - 1, delta.version]);
      board = { ...board, version: delta.version, data: applyOps(board.data, delta.ops) };
    });

    await setUpAgreement();
    for (let i = 0; i < 10; i++) {
      await post(`${server.url}/api/agreements/a1/contributions`, {
        commitmentId: "c1",
        quantity: 3,
        date: "2025-03-01",
      });
    }

    // The commands were accepted once stored; the board holds them once the projector has applied them.
    const fresh = await projectedBoard((data) => data.agreements.a1?.commitments.c1?.logged === 30);
    await vi.waitFor(() => expect(board.version).toBe(fresh.version));
    expect(board).toEqual(fresh);
    // A chain with no hole and no overlap: each delta starts where the one before ended.
    expect(steps[0]?.[0]).toBe(joined.snapshot.version);
    for (let i = 1; i < steps.length; i++) expect(steps[i]?.[0]).toBe(steps[i - 1]?.[1]);
    expect(board.data.agreements.a1?.commitments.c1?.logged).toBe(30);
  });

  it("given two clients, when one of them is disconnected during changes, then on rejoin its snapshot holds every change", async () => {
    await setUpAgreement();
    const watcher = connect();
    const dropped = connect();
    await join_(watcher, "community:gm");
    await join_(dropped, "community:gm");
    dropped.disconnect();
    for (let i = 0; i < 5; i++) {
      await post(`${server.url}/api/agreements/a1/contributions`, {
        commitmentId: "c1",
        quantity: 1,
        date: "2025-03-01",
      });
    }
    await projectedBoard((data) => data.totals.contributions === 5);
    dropped.connect();
    const rejoined = await join_(dropped, "community:gm");
    if (!rejoined.ok) throw new Error(rejoined.error.message);
    expect((rejoined.snapshot.data as CommunityBoard).totals.contributions).toBe(5);
  });

  it("given a malformed or unknown board id, when a client joins, then it is refused with a reason", async () => {
    const socket = connect();
    await expect(join_(socket, "no spaces allowed")).resolves.toMatchObject({
      ok: false,
      error: { code: "invalid_board_id" },
    });
    // The catalogue is the API's own index (it names residents in need): never served to a socket.
    await expect(join_(socket, "catalogue:gm")).resolves.toMatchObject({
      ok: false,
      error: { code: "board_not_found" },
    });
    await expect(join_(socket, "community:nowhere")).resolves.toMatchObject({
      ok: false,
      error: { code: "board_not_found" },
    });
  });
});
