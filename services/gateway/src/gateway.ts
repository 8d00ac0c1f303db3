import type { Server as HttpServer } from "node:http";
import { originAllowed, requestOriginOf } from "@cobuild/access";
import {
  BOARD_DELTAS_TOPIC,
  type BoardDelta,
  type BoardReader,
  type BoardSnapshot,
  type ClientToServerEvents,
  HANDSHAKE_UNAUTHENTICATED,
  type Handshake,
  JoinRequest,
  type JoinResult,
  type ServerToClientEvents,
  type WatchVerdict,
} from "@cobuild/boards";
import type { EventBus, Unsubscribe } from "@cobuild/bus";
import { measureSockets } from "@cobuild/service-kit";
import { Server } from "socket.io";
import { DeltaCoalescer } from "./coalescer.ts";
import { roomFanOut } from "./fan-out.ts";
import { endSocketsWithSessions, type GatewaySessions } from "./session-ends.ts";
import { type BoardServer, type BoardSocket, boardOfRoom, roomOf } from "./sockets.ts";

/** Who may connect and watch which board; the API implements it with its own sessions and policy. */
export interface GatewayAccess<Viewer> {
  authenticate(handshake: Handshake): Promise<Viewer | undefined>;
  mayWatch(viewer: Viewer, snapshot: BoardSnapshot): Promise<WatchVerdict>;
}

export interface GatewayOptions<Viewer> {
  httpServer: HttpServer;
  boards: BoardReader;
  bus: EventBus;
  access: GatewayAccess<Viewer>;
  /** Browser origins besides the server's own whose pages may open live sockets (see originAllowed). */
  allowedOrigins?: readonly string[];
  /**
   * The sessions behind the sockets: with them, a logout, a password change or reset, a revoked role or
   * an expiry ends the sockets concerned at once (see endSocketsWithSessions).
   */
  sessions?: GatewaySessions;
  /** How often the shared session store is asked what ended; default 250 ms. */
  sessionPollMs?: number;
  /** A busy board sends at most one message per window (merged deltas); default 50 ms. */
  coalesceMs?: number;
  /**
   * A socket whose transport has taken nothing more to send for this long gets a resync notice instead
   * of more deltas; checked this often; default 5 s.
   */
  stallMs?: number;
  onError?: (error: unknown) => void;
}

export interface RunningGateway {
  io: Server<ClientToServerEvents, ServerToClientEvents>;
  /** Tells every watcher of every board to join again: the boards served were replaced (a new version). */
  resyncAll(): void;
  close(): Promise<void>;
}

const refusal = (code: Extract<JoinResult, { ok: false }>["error"]["code"], message: string): JoinResult => ({
  ok: false,
  error: { code, message },
});

/**
 * Serves boards over Socket.IO. The handshake needs the same login as the API; each join is checked
 * against who may watch that board, answered with its snapshot, and followed by every delta in order,
 * merged in bursts. A client too slow to keep up is told to resynchronise rather than flooded.
 */
export async function attachGateway<Viewer>(options: GatewayOptions<Viewer>): Promise<RunningGateway> {
  const { access, boards } = options;
  const io: BoardServer = new Server(options.httpServer, {
    serveClient: false,
    // A page on another origin (even another port of the same host) must not watch boards with a
    // visitor's cookie: the handshake is refused before any login is looked at.
    allowRequest: (req, callback) =>
      callback(null, originAllowed(options.allowedOrigins ?? [], requestOriginOf(req.headers))),
    // Recovery helps a flaky phone catch up cheaply; correctness never depends on it (clients resync).
    // A recovered connection still passes the login check: the session may have ended meanwhile.
    connectionStateRecovery: { maxDisconnectionDuration: 60_000, skipMiddlewares: false },
  });

  const fanOut = roomFanOut(io, options.stallMs ?? 5_000);
  const stopMeasuringSockets = measureSockets(() => io.engine.clientsCount);

  io.use(async (socket, next) => {
    const handshake: Handshake = {
      headers: {
        cookie: socket.handshake.headers.cookie,
        authorization: socket.handshake.headers.authorization,
      },
      auth: socket.handshake.auth ?? {},
    };
    try {
      if (!(await access.authenticate(handshake))) return next(new Error(HANDSHAKE_UNAUTHENTICATED));
      socket.data.handshake = handshake;
      next();
    } catch (error) {
      options.onError?.(error);
      next(new Error(HANDSHAKE_UNAUTHENTICATED));
    }
  });

  const join = async (socket: BoardSocket, boardId: string): Promise<JoinResult> => {
    // Asked again on every join, so a logout or a revoked role stops new joins at once.
    const viewer = await access.authenticate(socket.data.handshake);
    if (!viewer) return refusal("unauthenticated", "Your session has ended; log in again.");
    const first = await boards.getBoard(boardId);
    const verdict = first ? await access.mayWatch(viewer, first) : "not_served";
    // A refused re-join (a role revoked, a gap after it) must also stop the deltas of an earlier join.
    if (verdict !== "allowed") await socket.leave(roomOf(boardId));
    if (verdict === "not_served") return refusal("board_not_found", `No board ${boardId}.`);
    if (verdict === "not_allowed")
      return refusal("not_allowed", `Your roles do not let you watch ${boardId}.`);
    fanOut.rejoining(socket, boardId);
    // Join first, read second: a delta committed in between is then both in the room and, at worst,
    // also in the snapshot, which clients recognise as stale. Never missing.
    await socket.join(roomOf(boardId));
    const snapshot = await boards.getBoard(boardId);
    if (!snapshot) {
      await socket.leave(roomOf(boardId));
      return refusal("board_not_found", `No board ${boardId}.`);
    }
    fanOut.joined(socket, boardId, snapshot.version);
    return { ok: true, snapshot };
  };

  /** Runs a socket's joins and leaves in the order they were asked for. */
  const inTurn = (socket: BoardSocket, work: () => Promise<void>) => {
    socket.data.queue = socket.data.queue.then(work, work);
  };

  const sessionEnds = options.sessions
    ? endSocketsWithSessions(io, options.sessions, options.sessionPollMs ?? 250, options.onError)
    : undefined;

  io.on("connection", (socket) => {
    socket.data.queue = Promise.resolve();
    sessionEnds?.track(socket);
    socket.on("board:join", (request, ack) => {
      if (typeof ack !== "function") return;
      const parsed = JoinRequest.safeParse(request);
      if (!parsed.success) {
        ack(refusal("invalid_board_id", "Unknown board id format."));
        return;
      }
      const { boardId } = parsed.data;
      inTurn(socket, async () => {
        try {
          ack(await join(socket, boardId));
        } catch (error) {
          options.onError?.(error);
          await socket.leave(roomOf(boardId));
          ack(refusal("board_not_found", "The board could not be read."));
        }
      });
    });
    socket.on("board:leave", (request) => {
      const parsed = JoinRequest.safeParse(request);
      if (parsed.success) inTurn(socket, async () => socket.leave(roomOf(parsed.data.boardId)));
    });
  });

  const coalescer = new DeltaCoalescer({ windowMs: options.coalesceMs ?? 50, emit: fanOut.deliver });
  const unsubscribe: Unsubscribe = await options.bus.subscribe<BoardDelta>(BOARD_DELTAS_TOPIC, (delta) =>
    coalescer.push(delta),
  );

  return {
    io,
    resyncAll: () => {
      for (const room of io.sockets.adapter.rooms.keys()) {
        const boardId = boardOfRoom(room);
        if (boardId !== undefined) io.to(room).emit("board:resync", { boardId });
      }
    },
    close: async () => {
      sessionEnds?.close();
      stopMeasuringSockets();
      await unsubscribe();
      coalescer.flushAll();
      fanOut.close();
      // Closing the transports, not the Socket.IO sessions, lets clients reconnect by themselves to
      // whichever gateway comes back. io.close() would also close the shared HTTP server, which its
      // owner closes.
      io.engine.close();
    },
  };
}
